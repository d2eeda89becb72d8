namespace ArticleGenTests.Parsing;

/// <summary>
/// English speaks of an organisation as "they": a plural pronoun after a sentence that opens on an organisation's name
/// stands for it. Found in the fourteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The World Health Organization criticized the move. They said \"the decision is premature\".", "World Health Organization")]
    [InlineData("This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move. They released a statement which said, \"Hagia Sophia bears profound historical significance.\"", "United States Commission on International Religious Freedom")]
    public void They_after_a_sentence_opening_on_an_organisation_is_the_organisation(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void They_after_a_plural_subject_is_still_that_subject()
    {
        // (Passes before too.)
        Assert.Equal("Researchers at the University of Oxford", Attribute(
            "en",
            "Researchers at the University of Oxford studied the samples. \"The results are clear,\" they wrote.").Speaker);
    }
}
