namespace ArticleGenTests.Parsing;

/// <summary>
/// A report's author after a source marker speaks, with when the report came out left out: "according to a report by the
/// National Audit Office published on Wednesday" gave "a report by the National Audit Office published", and "Selon un rapport
/// de la Cour des comptes publié mercredi" gave the report itself; French reports name their author after "de la"/"de l'",
/// with its article. Thirty-sixth session, from the agency probe set's misses (en-030, fr-030).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "A government scheme has \"failed to deliver value for money\", according to a report by the National Audit Office published on Wednesday.", "National Audit Office")]
    [InlineData("fr", "Selon un rapport de la Cour des comptes publié mercredi, le dispositif « n'a pas atteint ses objectifs en matière de rénovation ».", "la Cour des comptes")]
    [InlineData("fr", "Selon un rapport de la Cour des comptes, le dispositif « n'a pas atteint ses objectifs en matière de rénovation ».", "la Cour des comptes")]
    [InlineData("en", "A government scheme has \"failed to deliver value for money\", according to a report by the National Audit Office.", "National Audit Office")] // passes before too
    [InlineData("fr", "Selon une source proche de l'enquête, le suspect « n'a rien dit ».", "une source proche de l'enquête")] // passes before too: a guard
    public void A_reports_author_after_a_source_marker_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
