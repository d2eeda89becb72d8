namespace ArticleGenTests.Parsing;

/// <summary>
/// Whose participle a quote after a comma is (twenty-ninth session, from the whole-article probe set and snippets): a reporting
/// clause set after the words it reports ("…, the watchdog said on Tuesday, calling the jail "…"") gives the participle its
/// subject, where "the watchdog said" or the sentence's first words had been taken; and a sentence opening on "she" or "he"
/// and its verb has that pronoun for subject, not the name its verb governs ("She singled out Pryce, describing …").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Conditions at the jail are worse than ever, the watchdog said, calling the jail \"squalid and unsafe\".", "the watchdog")]
    [InlineData("The jail is worse than ever, Martin Colquhoun said on Tuesday, calling it \"squalid and unsafe\".", "Martin Colquhoun")]
    public void A_reporting_clause_before_the_participle_gives_its_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_pronoun_opening_the_sentence_is_the_participles_subject()
    {
        Assert.Equal("Marianne Sewell", Attribute(
            "en",
            "Castlemere head coach Marianne Sewell admitted her side had ridden their luck.",
            "She singled out Pryce, who arrived from Welsh club Pontardulais only in January, describing his contribution off the bench as \"exactly what we signed him for\".").Speaker);
    }
}
