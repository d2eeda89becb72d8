namespace ArticleGenTests.Parsing;

/// <summary>
/// Outlets are no persons: found in the fourteenth session by a sweep of twenty passages where an outlet sits near the
/// speaker (two of twenty wrong).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_paper_after_selon_is_no_antecedent_of_il()
    {
        Assert.Equal("Jean Dupont", Attribute(
            "fr",
            "Selon Le Monde, le maire Jean Dupont reste confiant.",
            "« Nous reconstruirons », a-t-il dit.").Speaker);
    }

    [Fact]
    public void The_outlet_a_statement_went_to_is_no_company()
    {
        Assert.Equal("the company", Attribute(
            "en",
            "The company lost its plant.",
            "In a statement to Reuters, the company said \"we will rebuild\".").Speaker);
    }

    [Theory]
    [InlineData("en", "Google updated its browser.", "\"We will fix the bug,\" said Google spokesperson Jane Doe.", "Jane Doe")]
    [InlineData("fr", "Le maire Jean Dupont reste confiant.", "« Nous reconstruirons », a-t-il dit.", "Jean Dupont")]
    public void An_outlet_free_passage_reads_as_before(string language, string before, string paragraph, string speaker)
    {
        // (Passes before too.)
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }
}
