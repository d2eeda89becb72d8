namespace ArticleGenTests.Parsing;

/// <summary>
/// "Jean-Michel Blanquer, ancien ministre de l'Éducation, …. L'ex-ministre ajoute : « … »": a French title given with an
/// adjective of time before its noun ("ancien", "nouvelle", "actuel") is noted by that noun, so "l'ex-ministre", "l'ancien
/// ministre", "la directrice" later find the person. Before, the adjective was taken for the title's head ("ancien"), which is
/// no office, and the later description spoke as written. Found in the thirty-fifth session by a battery of French passages.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Pour Jean-Michel Blanquer, ancien ministre de l'Éducation, « c'est une erreur ».", "L'ex-ministre ajoute : « Il faut revenir en arrière. »", "Jean-Michel Blanquer")]
    // (These two passed before too, by the rules for "l'ancien" and for a title's noun alone: guards.)
    [InlineData("Pour Jean-Michel Blanquer, ancien ministre de l'Éducation, « c'est une erreur ».", "« Il faut revenir en arrière », ajoute l'ancien ministre.", "Jean-Michel Blanquer")]
    [InlineData("Marie Roux, nouvelle directrice de l'école, a fait sa rentrée lundi.", "« Tout est prêt », assure la directrice.", "Marie Roux")]
    public void A_title_after_a_french_adjective_of_time_is_noted_by_its_noun(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }
}
