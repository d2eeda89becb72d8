namespace ArticleGenTests.Parsing;

/// <summary>
/// An incise after a clause that ends the quoted sentence ("« … » quand on …, répond encore Moscovici"), and
/// "encore" after an inverted pronoun: the same person speaks again (twelfth session).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void An_incise_after_a_when_clause_names_the_speaker()
    {
        var speaker = Attribute(
            "fr",
            "Le matin. Laurent Max a offert des costumes à Pierre Moscovici.",
            "« L’apparence compte » quand on exerce une fonction publique, répond encore Moscovici à la question.").Speaker;

        Assert.Equal("Pierre Moscovici", speaker);
    }

    [Fact]
    public void A_when_clause_after_a_quote_with_no_incise_is_no_cue()
    {
        // Passes before too: "quand" opens a clause of its own; its subject does not speak the quote.
        var speaker = Attribute("fr", "Le matin. « Nous partirons demain », quand les centristes ont salué le projet.").Speaker;

        Assert.NotEqual("les centristes", speaker);
    }

    [Fact]
    public void Encore_after_an_inverted_pronoun_keeps_the_previous_speaker()
    {
        var speaker = Attribute(
            "fr",
            "Le matin. Pour Pierre Moscovici, il s'agit d'une coïncidence. « Il n’y a entre nous aucun lien d’intérêt », ajoute-t-il, tout en disant n'y être pour rien dans les contrats de M. Laurent Max avec l’Élysée. « J’ai cessé de fréquenter la maison depuis. », déclare-t-il encore.").Speaker;

        Assert.Equal("Pierre Moscovici", speaker);
    }

    // Thirteenth session: "per" names where the words were reported, as "to" and "via" do; it ends the speaker's name
    // ("ABC" had been the speaker).
    [Fact]
    public void Per_and_the_outlet_after_the_name_are_no_part_of_it()
    {
        Assert.Equal("Russell Zimmerman", Attribute("en", "The storm hit on Monday.", "\"We will rebuild the town,\" said Russell Zimmerman per ABC News.").Speaker);
    }

    // Thirteenth session: what "on" learned from someone is that someone's ("a-t-on appris auprès de la préfecture"); the
    // quote had gone to the person named before.
    [Theory]
    [InlineData("« Nous ne céderons pas à la pression », a-t-on appris auprès de la préfecture.", "la préfecture")]
    [InlineData("« Nous ne céderons pas à la pression », a-t-on appris auprès du parquet de Paris.", "le parquet de Paris")]
    [InlineData("« Nous ne céderons pas à la pression », apprend-on auprès de la mairie.", "la mairie")]
    public void What_on_learned_from_someone_is_theirs(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", "La grève dure depuis lundi. Marie Durand dirige le syndicat.", paragraph).Speaker);
    }

    // French ranks before a name in an apposition ("le porte-parole de la police, le commandant Marc Lefèvre"): the
    // person speaks, not the description before the comma.
    [Fact]
    public void A_French_rank_before_a_name_in_an_apposition_is_a_title()
    {
        Assert.Equal("Marc Lefèvre", Attribute(
            "fr", "La grève dure depuis lundi.", "« Nous ne céderons pas à la pression », a déclaré le porte-parole de la police, le commandant Marc Lefèvre.").Speaker);
    }
}
