namespace ArticleGenTests.Parsing;

/// <summary>
/// "Barry Lomax, 58, a former paratrooper who now runs a veterans' charity in Aldershot, said: "…"": a relative clause
/// inside an indefinite apposition belongs to the apposition, and the apposition to the name, which speaks (twenty-eighth
/// session; "now runs" had been given, found on the third blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Barry Lomax, 58, a former paratrooper who now runs a veterans' charity in Aldershot, said: \"Too many of the lads are sleeping in cars.\"", "Barry Lomax")]
    [InlineData("fr", "Paul Girard, 61 ans, un ancien cheminot qui préside l'association des usagers, a déclaré : « Les trains n'arrivent jamais à l'heure. »", "Paul Girard")]
    public void A_relative_clause_inside_an_apposition_leaves_the_name_speaking(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
