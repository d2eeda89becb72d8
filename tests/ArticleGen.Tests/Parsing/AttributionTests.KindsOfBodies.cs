namespace ArticleGenTests.Parsing;

/// <summary>
/// "The regulator" names the one body the article calls a board, an authority, a commission or an agency; "la magistrate"
/// the one prosecutor. Found in the twenty-third session on the partial-quote probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void The_regulator_is_the_one_board_named()
    {
        Assert.Equal("Energy Standards Board", Attribute("en",
            "The Energy Standards Board has fined supplier Brightline Power £8.5m for overcharging customers. The regulator said the firm's failures had been “serious and prolonged”.").Speaker);
    }

    [Fact]
    public void The_magistrate_is_the_one_prosecutor_named()
    {
        Assert.Equal("Élise Noirot", Attribute("fr",
            "La procureure de la République de Besançon, Élise Noirot, a requis jeudi cinq ans de prison ferme contre le gérant.",
            "Pour la magistrate, les manquements aux règles de sécurité relevaient d'« une négligence délibérée et répétée ».").Speaker);
    }
}
