namespace ArticleGenTests.Parsing;

/// <summary>
/// A French description by a role noun in apposition before a name, "Le procureur de la République de Chartres, Alexis
/// Fournier,", marks the name's gender by its determiner, as "le procureur Alexis Fournier" does (twenty-eighth session;
/// "Alexis", a woman's name in English lists, had made him no "il", found on the third blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le procureur de la République de Chartres, Alexis Fournier, qui a tenu une conférence de presse lundi, est revenu sur la fusillade. « L'enquête privilégie la piste d'un règlement de comptes », a-t-il indiqué.", "Alexis Fournier")]
    [InlineData("fr", "La maire de Nantes, Dominique Roux, a réuni les habitants. « Nous allons rouvrir le pont », a-t-elle annoncé.", "Dominique Roux")] // passes before too
    public void A_role_in_apposition_marks_the_names_gender(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
