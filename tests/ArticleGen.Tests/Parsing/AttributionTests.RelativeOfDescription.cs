namespace ArticleGenTests.Parsing;

/// <summary>
/// A relative clause after a definite description whose complement is a name ("l'élue du Cantal, qui promet de « … »", "the
/// mayor of Springfield, who promised to "…"") speaks for the description, not for the place (twenty-ninth session, from the
/// whole-article probe set: "Cantal" had been the speaker). Only a description of a person: "le cas de Cyprien, qui commente
/// « … »" is Cyprien's.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Nous avons voté », a précisé l'élue du Cantal, qui réclame une clause de revoyure et promet de « rester vigilante ».", "l'élue du Cantal")]
    [InlineData("fr", "« Nous avons voté », a précisé le maire de Lyon, qui réclame une clause de revoyure et promet de « rester vigilant ».", "le maire de Lyon")]
    [InlineData("en", "\"We voted,\" said the mayor of Springfield, who demanded a review and promised to \"stay vigilant\".", "the mayor of Springfield")]
    [InlineData("fr", "D'autres personnalités ont réagi. C'est le cas de Cyprien, qui commente « Ne nous mettez pas tous dans le même panier ».", "Cyprien")] // passes before too
    public void A_relative_after_a_description_with_a_complement_speaks_for_the_description(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
