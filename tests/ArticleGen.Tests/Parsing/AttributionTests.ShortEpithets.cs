namespace ArticleGenTests.Parsing;

/// <summary>
/// Short epithets (twenty-ninth session, from the whole-article probe set written blind): French copy names the person it just
/// quoted again by one noun of what they are ("souffle l'agriculteur", "estime le boulanger"), and an epithet that opens the
/// quote's own sentence ("Le responsable agricole réclame …, faute de quoi « … »") refers to someone named before that
/// sentence. Two-word epithets are French only (and, since the thirty-fourth session, English nouns of a state of life, "the
/// widow": AttributionTests.TwoWordEpithets.cs), stand only for someone whose gender the article shows, and never for an
/// office ("le maire" may be a mayor never named) nor for a noun the article brought in with "un"/"une" ("une mère").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Au bord de sa parcelle, Damien Roussel, 41 ans, céréalier, soulève une feuille jaunie. « Mes maïs sont en pleine floraison », explique-t-il.", "Sur ses 160 hectares, une soixantaine sont irrigués. « C'est toute la trésorerie de l'année qui est en jeu », souffle l'agriculteur.", "Damien Roussel")]
    [InlineData("Installée rue Gambetta depuis vingt ans, Martine Leroux ouvre sa boutique à six heures.", "« Le prix de la farine a doublé en deux ans », constate la boulangère.", "Martine Leroux")]
    public void A_French_epithet_of_one_noun_stands_for_the_person_named_before(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }

    [Theory]
    [InlineData("fr", "Président de la FDSEA de la Vienne, Guillaume Texier dénonce une décision « brutale ».", "Le responsable agricole réclame des dérogations pour les cultures sous contrat, faute de quoi « des exploitations ne passeront pas l'hiver ».", "Guillaume Texier")]
    [InlineData("en", "Mark Tregenza, who runs the coastguard team at Penhallow, said his volunteers had worked through the night.", "The veteran rescuer described the ledge as \"the worst spot on this whole coast\".", "Mark Tregenza")]
    public void An_epithet_opening_the_quotes_sentence_refers_to_someone_named_before_it(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("fr", "Une mère de famille a témoigné devant les enquêteurs. Vicente Lopez, lui, n'a pas été entendu.", "Selon la mère, l'homme a attrapé le garçon « par le bras ».", "Vicente Lopez")] // passes before too (the guards)
    [InlineData("fr", "Le maire, Jean Dupuis, a quitté la salle. L'opposition a dénoncé un passage en force.", "« Il n'y aura pas de poursuites à ce stade », a indiqué le procureur.", "Jean Dupuis")] // passes before too
    [InlineData("fr", "Il a fondé l'Open Society Foundations (OSF), qui finance de nombreuses ONG.", "En mai, l'OSF a déclaré qu'elle quittait la Hongrie, déplorant une situation « de plus en plus répressive ».", "Open Society Foundations")] // passes before too
    [InlineData("en", "Jane Porter was driving home when the lorry overturned.", "\"It came from nowhere,\" the driver said.", "Jane Porter")] // passes before too
    [InlineData("en", "Donald Trump attacked Joe Biden's record on crime.", "The Biden campaign accused Trump of \"siding with criminals.\"", "Donald Trump")] // passes before too
    public void No_epithet_for_an_office_a_body_an_unnamed_person_or_in_English(string language, string first, string second, string notTheSpeaker)
    {
        Assert.NotEqual(notTheSpeaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("General Jalandar Shah Behnam was fired for \"negligence\" by Hamid Karzai, Afghanistan's president. The presidential decree also stated that \"[i]n the tragic air strike more than 89 of our innocent countrymen were martyred.\"", "Jalandar Shah Behnam")] // passes before too: the opening-epithet rule had broken it
    public void A_decree_is_a_document_not_an_epithet(string paragraph, string notTheSpeaker)
    {
        Assert.NotEqual(notTheSpeaker, Attribute("en", paragraph).Speaker);
    }
}
