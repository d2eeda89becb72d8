namespace ArticleGenTests.Parsing;

/// <summary>
/// "talk" speaks ("Lead Paul Sun-Hyung Lee talked about how the series has been underestimated "up 'til now.""; "Lead" is a
/// title there), except before "to"/"with", where whoever is talked to speaks next ("Wikinews talked with her …. "…"" is not
/// Wikinews's). Found in the nineteenth session on the dev misses.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void Talked_about_introduces_a_quote()
    {
        Assert.Equal("Paul Sun-Hyung Lee", Attribute("en", "The series premiered in Toronto.", "Lead Paul Sun-Hyung Lee talked about how the series has been underestimated \"up 'til now.\"").Speaker);
    }

    [Fact]
    public void Who_talked_with_someone_does_not_speak_for_them()
    {
        Assert.NotEqual("Wikinews", Attribute("en", "Montrealer \"Aileen Cosplay\" was wearing an outfit of Rapunzel when Wikinews photographed her.", "Wikinews talked with her after the event, learning that she was one of the \"Estrada Sisters\", who have been dressing up as pop culture characters for roughly a decade. \"Cosplay is something we do together as sisters.\"").Speaker);
    }
}
