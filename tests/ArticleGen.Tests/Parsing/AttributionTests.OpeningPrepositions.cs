namespace ArticleGenTests.Parsing;

/// <summary>
/// French opening phrases on "près de", "parmi", "malgré", "durant" ("Près de Rodez, Hélène Vidal …") are no name: "Près de
/// Rodez" had been read as one, and taken for "elle" (twenty-eighth session, from a test written for the next rule).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Près de Rodez, Hélène Vidal cultive des noix depuis 1995.", "« Cette année, la récolte sera maigre », regrette-t-elle.", "Hélène Vidal")]
    [InlineData("fr", "Malgré la pluie, Paul Girard a ouvert son stand à l'aube.", "« On ne lâche rien », sourit-il.", "Paul Girard")] // passes before too
    public void A_french_opening_phrase_on_a_preposition_is_no_name(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
