namespace ArticleGenTests.Parsing;

/// <summary>
/// "according to a statement from the Belgian federal prosecutor's office": a nationality opening lower-case nouns after the
/// statement's "from the" is a description, which speaks whole, not the name "Belgian" (unseen probe en-077, thirty-sixth
/// session). A body's own name there is read as before.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("A man was arrested. \"The suspect was known to the security services,\" according to a statement from the Belgian federal prosecutor's office.", "the Belgian federal prosecutor's office")]
    [InlineData("A man was arrested. \"The suspect was known to the security services,\" according to a statement from the Ministry of Health.", "Ministry of Health")] // passes before too
    public void A_nationality_before_lower_case_nouns_after_a_statement_opens_a_description(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
