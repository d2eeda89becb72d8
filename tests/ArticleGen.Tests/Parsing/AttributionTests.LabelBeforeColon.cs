namespace ArticleGenTests.Parsing;

/// <summary>
/// "Trop de canons à neige : la Cour des comptes étrille …, estimant que « … »": a label before a colon opens no clause, so
/// the participle speaks with the subject after the colon; and "Trop" opening a sentence is no name (thirtieth session,
/// whole-article probe set).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Trop de canons à neige : la Cour des comptes étrille la stratégie des stations de ski, estimant que « l'essentiel de l'argent public continue de financer un modèle condamné ».", "Cour des comptes")]
    [InlineData("La Cour des comptes étrille la stratégie des stations de ski, estimant que « l'essentiel de l'argent public continue de financer un modèle condamné ».", "Cour des comptes")] // passes before too: no label
    public void A_participle_after_a_label_and_its_colon_speaks_with_the_clause_after_it(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
