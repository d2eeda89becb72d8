namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote with no cue after a sentence about things that names no one goes on from the person the sentence before that opens
/// on: "Le maire de Vierzon, Philippe Berthier, ne décolère pas. Pour la troisième fois, des dépôts sauvages ont été découverts.
/// « … »" (twenty-seventh session; no speaker was given, found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le maire de Vierzon, Philippe Berthier, ne décolère pas. Pour la troisième fois en un mois, des dépôts sauvages de déchets ont été découverts en bordure du canal. « Ce sont des camionnettes entières de gravats qui sont vidées la nuit. »", "Philippe Berthier")]
    [InlineData("en", "Ann Lee runs the only bakery in town. Last week, thieves broke in and took the till. \"They even took the birthday cakes.\"", "Ann Lee")]
    public void A_sentence_naming_no_one_between_does_not_stop_the_person_before_it(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }

    [Fact]
    public void Only_one_sentence_is_passed_over()
    {
        Assert.Null(Attribute("en", "Ann Lee runs the only bakery in town. Last week, thieves broke in. The till was taken. \"They even took the birthday cakes.\"").Speaker);
    }
}
