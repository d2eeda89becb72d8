namespace ArticleGenTests.Parsing;

/// <summary>
/// A body's description reached another way than as a cue names the body too (thirty-second session, from the standalone-quote
/// probe set): "it" standing for "the service" (a body named by that head noun); a description closing the sentence before a
/// quote with no cue ("Dans un communiqué, l'entreprise se dit confiante. « … »"); the organisation opening an earlier sentence
/// when the nearest one opens on a person ("Union regional officer Dean Callaghan called …", "John Carter, a plant manager, said").
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void It_standing_for_a_bodys_head_noun_names_the_body()
    {
        Assert.Equal("Tasmanian Wildlife Service", Attribute(
            "en",
            "The Tasmanian Wildlife Service announced on Monday that twelve parrot chicks had fledged this season.",
            "The service credited a captive-breeding programme. \"Ten years ago there were fewer than twenty of these birds left,\" it said in a statement.").Speaker);
    }

    [Fact]
    public void A_description_in_the_sentence_before_names_the_organisation()
    {
        Assert.Equal("Arvor Mobilité", Attribute(
            "fr",
            "Le fabricant Arvor Mobilité a été placé mercredi en redressement judiciaire par le tribunal de commerce.",
            "Dans un communiqué, l'entreprise se dit confiante. « Nos carnets de commandes restent solides. La période d'observation doit permettre de trouver un partenaire. »").Speaker);
    }

    [Theory]
    [InlineData("Carrow Foods, the Norwich-based maker of ready meals, said on Thursday it would close its factory in Thetford. Union regional officer Dean Callaghan called the move \"a hammer blow for the town\".",
        "The company blamed rising energy costs. \"This was an extremely difficult decision. We will do everything we can to support affected colleagues.\"", "Carrow Foods")]
    [InlineData("Halberd Components said on Thursday it would close its brake plant in the town. John Carter, a plant manager, said the news came as a shock.",
        "The company blamed falling orders. \"This was an extremely difficult decision. We will do everything we can to support our staff.\"", "Halberd Components")]
    public void The_organisation_opening_a_sentence_before_a_persons_is_found(string first, string second, string expected)
    {
        Assert.Equal(expected, Attribute("en", first, second).Speaker);
    }
}
