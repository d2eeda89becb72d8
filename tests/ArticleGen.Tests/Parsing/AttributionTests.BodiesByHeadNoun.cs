namespace ArticleGenTests.Parsing;

/// <summary>
/// A body named again by its head noun: the last word of an English name ("The Harrowgate Fringe Festival …. the festival
/// said"), the first of a French one after its article ("L'Agence régionale de santé Occitanie …. recommande l'agence",
/// "Le Festival des Trois Rivières …. le festival") (twenty-eighth session; the description had been given, found on the
/// second blind everyday probes). A French body's name stops at a negation or a participle after its complement ("n'aura",
/// "émise début juin"), which had run into it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The Harrowgate Fringe Festival has cancelled its closing-night concert. \"We are heartbroken,\" the festival said.", "Harrowgate Fringe Festival")]
    [InlineData("fr", "L'Agence régionale de santé Occitanie a signalé trois cas de dengue. « Il n'y a pas lieu de s'inquiéter », recommande l'agence.", "Agence régionale de santé Occitanie")]
    [InlineData("fr", "Le Festival des Trois Rivières n'aura pas lieu cette année. « Nous avons perdu un tiers du budget », a fait savoir le festival.", "Festival des Trois Rivières")]
    [InlineData("fr", "Les afficheurs suivent la recommandation de l'Autorité de régulation professionnelle de la publicité émise début juin. L'autorité avait demandé de préciser les « études venant à l'appui de ces allégations ».", "Autorité de régulation professionnelle de la publicité")]
    public void A_body_named_again_by_its_head_noun_is_that_body(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
