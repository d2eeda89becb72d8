namespace ArticleGenTests.Parsing;

/// <summary>
/// After an inverted speech verb, an article and one capitalised word that modifies a lower-case noun are a description
/// ("said a French official"), not the name "French"; a name after the article stays a name ("said the Red Cross"); a full
/// name set after the description's comma is the person described ("said the Portuguese health minister, Ana Jorge").
/// Found in the nineteenth session on the agency probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Talks broke down on Monday.", "\"Neither side was willing to move first,\" said a French official.", "a French official")]
    [InlineData("en", "Talks broke down on Monday.", "\"Neither side was willing to move first,\" said one Western diplomat.", "one Western diplomat")]
    [InlineData("en", "Talks broke down on Monday.", "\"Neither side was willing to move first,\" said the Red Cross.", "Red Cross")]
    [InlineData("en", "Cases rose again.", "\"Virtually all of the United States probably has this virus circulating now,\" said the CDC's interim public health deputy director, Anne Schuchat.", "Anne Schuchat")]
    [InlineData("en", "Cases rose again.", "\"She was not seriously ill,\" said the Portuguese health minister, Ana Jorge.", "Ana Jorge")]
    public void A_capitalised_modifier_after_an_article_opens_a_description(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
