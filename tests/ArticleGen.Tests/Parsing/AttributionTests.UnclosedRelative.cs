namespace ArticleGenTests.Parsing;

/// <summary>
/// A relative aside whose closing comma is missing still ends at the verb: "Alain Bouillard, who is in charge of BEA's
/// recovery effort said, "…"" is Bouillard's ("Alain Bouillard, qui dirige les recherches du BEA a déclaré : « … »" too);
/// "…, who said "…"" is left to the rules of the relative's own verb (there the person right before the comma). Found in
/// the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The recorders are missing.", "Alain Bouillard, who is in charge of BEA's recovery effort said, \"It's still a jigsaw puzzle.\"", "Alain Bouillard")]
    [InlineData("fr", "Les enregistreurs manquent.", "Alain Bouillard, qui dirige les recherches du BEA a déclaré : « C'est encore un puzzle. »", "Alain Bouillard")]
    [InlineData("en", "The plane fell into the sea.", "AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said \"It's a scenario that has played out in the past.\"", "Terence Fan")]
    public void A_relative_aside_without_its_closing_comma_ends_at_the_verb(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
