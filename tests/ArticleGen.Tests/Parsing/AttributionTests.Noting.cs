namespace ArticleGenTests.Parsing;

/// <summary>
/// "relever" (to note) reports what a person or a document says: "« … », relève un rapport parlementaire" (twenty-eighth
/// session; the verb had been taken into the description, found on the third blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Près d'un tiers des services ont dû fermer », relève un rapport parlementaire publié mardi.", "un rapport parlementaire")]
    [InlineData("fr", "« Les délais se sont allongés », relève Anne Roux, présidente de l'association.", "Anne Roux")]
    public void Relever_reports_speech(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
