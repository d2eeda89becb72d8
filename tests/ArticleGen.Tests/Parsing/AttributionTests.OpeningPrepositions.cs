namespace ArticleGenTests.Parsing;

/// <summary>
/// French opening phrases on "près de", "parmi", "malgré", "durant" ("Près de Rodez, Hélène Vidal …") are no name: "Près de
/// Rodez" had been read as one, and taken for "elle" (twenty-eighth session, from a test written for the next rule). Nor are
/// English ones of place and time opening a sentence capitalised ("Outside court,", "During questioning,": thirty-second session,
/// from the agency probe set, where "Outside" was the speaker).
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

    [Theory]
    [InlineData("Outside court, a lawyer for the family of Daniel Okafor, 27, said: \"Two years is far too long to wait for this.\"", "a lawyer for the family of Daniel Okafor")]
    [InlineData("During questioning, a spokesman for the council said: \"We have nothing to hide from anyone.\"", "a spokesman for the council")]
    public void An_english_opening_preposition_is_no_name(string paragraph, string expected)
    {
        Assert.Equal(expected, Attribute("en", paragraph).Speaker);
    }
}
