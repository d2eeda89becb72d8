using ArticleGen.Parsing.Attribution;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A plural owner's apostrophe ("Neo Democrats' Kwan Wing-yip") is a possessive as "'s" is: the owner before a person's name
/// is no part of it, and "Democrats'" without its mark is "Democrats". Found in the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_plural_owner_before_a_name_is_no_part_of_it()
    {
        var speaker = Attribute(
            "en",
            "On Friday, another candidate from the camp, Neo Democrats' Kwan Wing-yip of the District Council (Second) functional constituency, announced the suspension of his campaign.",
            "He also said it was a \"difficult decision,\" and the \"darkest day\" in his political life.").Speaker;
        Assert.Equal("Kwan Wing-yip", speaker);
    }

    [Theory]
    [InlineData("Democrats'", true, "Democrats")]
    [InlineData("Democrats’", true, "Democrats")]
    [InlineData("Trump's", true, "Trump")]
    [InlineData("Jones", false, "Jones")]
    [InlineData("'", false, "'")]
    public void Plural_possessives_lose_only_their_apostrophe(string written, bool possessive, string owner)
    {
        Assert.Equal(possessive, NounPhrases.IsPossessive(written));
        Assert.Equal(owner, NounPhrases.WithoutPossessive(written));
    }
}
