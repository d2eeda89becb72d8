namespace ArticleGenTests.Parsing;

/// <summary>
/// A French incise with its auxiliary right after a woven fragment, no comma: "le projet définit le mariage comme une « … »
/// a rapporté le quotidien Granma" (found in the fifteenth session on a new French dev batch; the fourteenth read the
/// shape without the auxiliary: "« … » explique Anschaire Nikoyagize").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Dans l'article 68, le projet définit le mariage comme une « union consentie volontairement entre deux personnes, sans préciser le sexe » a rapporté le quotidien Granma .", "Granma")]
    [InlineData("Le texte parle d'une « réforme juste et attendue par les Français » a déclaré Jean Dupont mardi.", "Jean Dupont")]
    public void A_french_incise_with_its_auxiliary_after_a_fragment_names_its_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
