namespace ArticleGenTests.Parsing;

/// <summary>
/// A French body's name that runs on in lower case ("la Cour des comptes", "la Haute Autorité pour la transparence de la vie
/// publique") goes on after its complement's noun only with an adjective: "la Cour des comptes étrille …" had made the verb
/// part of the name (twenty-ninth session's left-alone list; thirtieth session, whole-article probe set).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("La Cour des comptes étrille la stratégie des stations de ski.", "« La neige de culture ne constitue pas une stratégie d'adaptation », écrit la Cour.", "Cour des comptes")]
    [InlineData("Un avis a été rendu mardi.", "La Haute Autorité pour la transparence de la vie publique a estimé que la déclaration était « incomplète et trompeuse ».", "Haute Autorité pour la transparence de la vie publique")] // passes before too: an adjective
    [InlineData("Un rapport a été publié mardi.", "L'Organisation mondiale de la santé a jugé la situation « très préoccupante ».", "Organisation mondiale de la santé")] // passes before too
    public void A_French_body_name_goes_on_after_its_complement_only_with_an_adjective(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }
}
