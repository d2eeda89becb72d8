namespace ArticleGenTests.Parsing;

/// <summary>
/// A participle after a comma speaks for the author of remarks named right before it ("came up in comments by Gates on
/// Saturday, saying …", "drew the criticism of Human Rights Watch, saying …"), not for the subject of the sentence. Found in
/// the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Defense chiefs met in Singapore.", "Concern about Iran's nuclear program came up in comments by Gates on Saturday, saying stronger penalties are needed \"not next year or the year after, but right now.\"", "Gates")]
    [InlineData("en", "The army banned the salute.", "The decision drew the criticism of Human Rights Watch, saying the ban showed \"a mindset that views human rights with disdain.\"", "Human Rights Watch")]
    public void A_participle_after_remarks_speaks_for_their_author(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
