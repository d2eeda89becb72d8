namespace ArticleGenTests.Parsing;

/// <summary>
/// Names and sentence openers the rules missed on the probes written for unseen text (constructions-unseen,
/// constructions-agency-unseen), twenty-second session: names that open on "N'", the remembering incise ("se
/// souvient-elle"), a person introduced after a role noun ("Le cycliste Théo Massart", "Marine biologist Dr. Hannah Moss")
/// in the sentence before a quote that has no cue.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Je me sens prêt », a lancé N'Diaye devant la presse.", "N'Diaye")]
    [InlineData("fr", "« Je me sens prêt », a lancé N'Golo Kanté devant la presse.", "N'Golo Kanté")]
    [InlineData("en", "\"I feel ready,\" said N'Golo Kanté.", "N'Golo Kanté")]
    public void A_name_opening_on_n_apostrophe_is_a_name(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_name_opening_on_n_apostrophe_resolves_to_its_full_form()
    {
        Assert.Equal("Kévin N'Diaye", Attribute(
            "fr",
            "Le milieu de terrain Kévin N'Diaye a été accueilli par le sélectionneur.",
            "« Je me sens prêt », a lancé N'Diaye devant la presse.").Speaker);
    }

    [Fact]
    public void A_french_negation_before_a_lower_case_verb_stays_an_elision()
    {
        // (Passes before too.) "N'importe" is "ne" elided: no name "N'importe".
        Assert.Null(Attribute("fr", "« N'importe quoi », a-t-on entendu dans la salle.").Speaker);
    }

    [Fact]
    public void Remembering_is_a_way_of_saying()
    {
        Assert.Equal("Agnès Royer", Attribute(
            "fr",
            "Interrogés par France Bleu, l'arboriculteur Denis Fabre et sa voisine, la viticultrice Agnès Royer, racontent l'orage de grêle de samedi.",
            "« En dix minutes, toute la récolte était par terre », se souvient-elle. Lui a perdu la moitié de ses vergers.").Speaker);
    }

    [Theory]
    [InlineData("fr", "Le cycliste Théo Massart n'en revenait toujours pas sur le podium.", "« J'ai attaqué à six kilomètres de l'arrivée sans savoir si j'allais tenir. »", "Théo Massart")]
    [InlineData("fr", "Le cycliste Théo Massart, vainqueur de la 14e étape, n'en revenait pas.", "« J'ai attaqué à six kilomètres de l'arrivée. »", "Théo Massart")]
    [InlineData("en", "The farmer John Hale lost half his flock in the storm.", "\"We have never seen anything like it.\"", "John Hale")]
    [InlineData("en", "Marine biologist Dr. Hannah Moss has been monitoring the reef for two decades.", "“Three years ago, this stretch was full of colour. Now more than half of it is bleached.”", "Hannah Moss")]
    public void A_person_introduced_after_a_role_noun_speaks_the_quote_that_follows(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void A_quoted_name_after_a_plural_noun_of_operations_is_no_quote()
    {
        // (Passes before too, for another reason: no speaker was found for the two words, so they were dropped as a scare
        // quote. With the opener "La société Vinci Autoroutes" now read, the noun before the quote has to drop them.)
        var article = ArticleGen.Parsing.ArticleParser.Parse(
            "Headline: Péages\nLanguage: fr\n\nLa société Vinci Autoroutes va envoyer la facture aux automobilistes du fait des opérations \"péage gratuit\" des Gilets jaunes.");
        Assert.DoesNotContain(article.Quotes, q => q.Text == "péage gratuit");
    }

    [Theory]
    [InlineData("« Ce plan arrive trop tard », a déclaré mercredi à l'Assemblée nationale la députée écologiste Camille Rouvière.", "Camille Rouvière")]
    [InlineData("« Ce plan arrive trop tard », a estimé devant le Parlement européen la commissaire Margrethe Vestager.", "Margrethe Vestager")]
    [InlineData("« Ce plan arrive trop tard », a déclaré dans les colonnes du Monde l'économiste Thomas Piketty.", "Thomas Piketty")]
    public void An_institution_or_outlet_between_the_verb_and_the_speaker_is_no_part_of_the_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Fact]
    public void An_organisation_name_keeps_its_article_after_de()
    {
        // (Passes before too.) "de la santé" still runs on: the article counts as a link after "de".
        Assert.Equal("Organisation mondiale de la santé", Attribute(
            "fr",
            "« La pandémie n'est pas terminée », a averti l'Organisation mondiale de la santé.").Speaker);
    }
}
