namespace ArticleGenTests.Parsing;

/// <summary>
/// A colon lead-in that opens on a description by age refers back as a pronoun does ("Le joueur de 26 ans s'est voulu combatif :
/// « … »"), past an opening phrase of a preposition ("Sur Instagram, le Landais de 26 ans …"); thirty-second session, from the
/// agency probe set, where the quote took the next sentence's speaker.
/// </summary>
public sealed partial class AttributionTests
{
    private const string InjuredPlayer = "Victime d'une rupture du ligament croisé samedi, Baptiste Larrieu sera absent au moins six mois.";

    [Theory]
    [InlineData("fr", InjuredPlayer, "Le joueur de 26 ans s'est voulu combatif : « Ce n'est qu'une étape. Je reviendrai plus fort. »", "Baptiste Larrieu")]
    [InlineData("fr", InjuredPlayer, "Sur Instagram, le Landais de 26 ans s'est voulu combatif : « Ce n'est qu'une étape. Je reviendrai plus fort. »", "Baptiste Larrieu")]
    [InlineData("en", "Jack Doherty has run the same fishing boat out of Kilkeel for forty years.", "The 67-year-old was blunt: \"We cannot go on like this for another season.\"", "Jack Doherty")] // passes before too
    public void A_lead_in_by_age_refers_back(string language, string first, string second, string expected)
    {
        Assert.Equal(expected, Attribute(language, first, second).Speaker);
    }
}
