namespace ArticleGenTests.Parsing;

/// <summary>
/// "The company" names the company the story opened on (twenty-ninth session, from the whole-article probe set, tuning half: a
/// factory-closure story gave "the company" or "Carver Ridge", a firm named a paragraph after the quote). An organisation
/// given its kind's noun counts only from where it is given; the opening name may have an apposition and lie two paragraphs
/// back; "it" standing for "the company" names it too; "une usine du groupe en Pologne" gives the group no name.
/// </summary>
public sealed partial class AttributionTests
{
    private const string ClosureLead = "Halberd Components, one of the largest private employers in Tynebridge, said on Thursday it would close its brake plant in the town.";

    [Fact]
    public void The_company_is_not_a_firm_named_after_the_quote()
    {
        Assert.Equal("Halberd Components", Attribute(
            "en",
            "Halberd Components said on Thursday it would close its plant in the town.",
            "\"This has been an extremely difficult decision,\" the company said in a statement.",
            "The group, which has been owned by the private equity firm Carver Ridge since 2019, reported a loss.").Speaker);
    }

    [Theory]
    [InlineData(ClosureLead, "\"This has been an extremely difficult decision,\" the company said in a statement.")]
    [InlineData(ClosureLead, "The company blamed falling orders, which it said had left the site \"operating at well under half its capacity\".")]
    public void The_company_names_the_organisation_that_opened_the_story(string first, string second)
    {
        Assert.Equal("Halberd Components", Attribute("en", first, second).Speaker);
    }

    [Fact]
    public void The_company_two_paragraphs_on_still_names_it()
    {
        Assert.Equal("Halberd Components", Attribute(
            "en",
            ClosureLead,
            "The company blamed falling orders from European carmakers and higher energy costs.",
            "\"This has been an extremely difficult decision,\" the company said in a statement.").Speaker);
    }

    [Fact]
    public void A_place_after_a_kinds_noun_and_a_preposition_is_no_organisation()
    {
        Assert.NotEqual("Pologne", Attribute(
            "fr",
            "La direction des Cartonneries de Vervins a annoncé le transfert d'une partie de l'activité vers une usine du groupe en Pologne.",
            "L'entreprise invoque « une baisse durable des commandes ».").Speaker);
    }
}
