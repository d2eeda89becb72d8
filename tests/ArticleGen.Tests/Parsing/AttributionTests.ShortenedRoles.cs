namespace ArticleGenTests.Parsing;

/// <summary>
/// "« … », a résumé Martine Favre, présidente de la coopérative fruitière de Saint-Gervais. … La présidente de la coopérative reste
/// sceptique. « … »": a role named again shorter, the words it keeps opening the role given before, names that role's holder; and an
/// English description opening the sentence before a quote ends at a verb in the simple past ("The chief executive stood firm.")
/// (thirty-first session, the standalone-quote probe set).
/// </summary>
public sealed partial class AttributionTests
{
    private const string CooperativeLead =
        "« La saison a été catastrophique », a résumé lundi Martine Favre, présidente de la coopérative fruitière de Saint-Gervais. Le député Jean-Marc Berthier parle d'« un geste attendu ».";

    private const string BuildingSocietyLead =
        "\"This is not about cutting jobs,\" the chief executive of Meridian Building Society, Paul Stratton, said. Sarah Bell, an official at the union, described the plan as \"redundancy by the back door\".";

    [Theory]
    [InlineData("fr", CooperativeLead, "La présidente de la coopérative reste sceptique. « On nous a déjà fait des promesses en 2021. »", "Martine Favre")]
    [InlineData("fr", CooperativeLead, "« On nous a déjà fait des promesses en 2021 », a ajouté la présidente de la coopérative.", "Martine Favre")]
    [InlineData("en", BuildingSocietyLead, "\"Nobody will be made compulsorily redundant,\" the chief executive said.", "Paul Stratton")] // passes before too
    public void A_role_named_again_shorter_names_its_holder(string language, string lead, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, lead, paragraph).Speaker);
    }

    [Fact]
    public void A_description_before_a_verb_in_the_simple_past_opens_the_sentence_before_a_quote()
    {
        Assert.Equal("Paul Stratton", Attribute("en", BuildingSocietyLead, "The chief executive stood firm. \"Nobody will be made compulsorily redundant.\"").Speaker);
    }

    [Fact]
    public void Not_a_role_two_people_hold()
    {
        // (Passes before too: two presidents of cooperatives leave "la présidente de la coopérative" to no one of them.)
        Assert.NotEqual("Martine Favre", Attribute("fr",
            "« La saison a été catastrophique », a résumé Martine Favre, présidente de la coopérative fruitière de Saint-Gervais. « Nous aussi », a dit Anne Roux, présidente de la coopérative laitière de Thônes.",
            "« On nous a déjà fait des promesses », a ajouté la présidente de la coopérative.").Speaker);
    }
}
