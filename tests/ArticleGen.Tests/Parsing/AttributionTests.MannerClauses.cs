namespace ArticleGenTests.Parsing;

/// <summary>
/// "sans"/"without" open a clause of manner that is no part of the description before it ("a confirmé le ministère sans
/// préciser son identité" → "le ministère"). Found in the eighteenth session on dev.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Nous sommes mobilisés avec les autorités », a confirmé le ministère des affaires étrangères français sans préciser son identité.", "le ministère des affaires étrangères français")]
    [InlineData("« Nous sommes mobilisés avec les autorités », a confirmé le ministère sans donner de détails.", "le ministère")]
    public void Sans_ends_a_description(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
