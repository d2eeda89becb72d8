namespace ArticleGenTests.Parsing;

/// <summary>
/// "L'officier" names the one person the article gives a rank (capitaine, commandant, lieutenant …), "the boss" the one chief
/// executive. Found in the twenty-third session on the standalone-quote probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void The_officer_is_the_one_ranked_person()
    {
        Assert.Equal("Yannick Morel", Attribute("fr",
            "« Les flammes atteignaient vingt mètres de haut », a raconté le capitaine Yannick Morel, des pompiers du Rhône. Le propriétaire du site, Serge Amsellem, s'est dit « anéanti ».",
            "L'officier a insisté sur la difficulté de l'intervention. « Il y avait des bouteilles de gaz stockées à l'intérieur. Mes hommes ont dû reculer. »").Speaker);
    }

    [Fact]
    public void The_boss_is_the_one_chief_executive()
    {
        Assert.Equal("Paul Stratton", Attribute("en",
            "Paul Stratton, chief executive of Meridian Building Society, announced the closure of 45 branches on Thursday. Sarah Bell, a union official, called it “redundancy by the back door”.",
            "“Nobody will be made compulsorily redundant,” the boss said.").Speaker);
    }
}
