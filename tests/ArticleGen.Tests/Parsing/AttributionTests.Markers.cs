namespace ArticleGenTests.Parsing;

/// <summary>
/// Source markers and appositions found in the ninth session on a second set of agency-style probes: "aux yeux de",
/// "à en croire", "in the eyes of", "pour sa directrice, X", a description whose complement names someone else.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Aux yeux de Jocelyne Marchetti, présidente de l'association des commerçants, la piétonnisation « a fait fuir une partie de la clientèle âgée ».", "Jocelyne Marchetti")]
    [InlineData("fr", "À en croire le président du syndicat des apiculteurs, Gérard Sabathé, « la récolte sera la plus faible depuis vingt ans ».", "Gérard Sabathé")]
    [InlineData("en", "In the eyes of Mary Collins, the plan is \"a betrayal of the whole valley\".", "Mary Collins")]
    [InlineData("fr", "Pour sa directrice artistique, Delphine Maurel, « le pari de programmer des artistes émergents a été gagnant ».", "Delphine Maurel")]
    public void A_source_marker_names_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, Opening(language) + paragraph).Speaker);
    }

    [Fact]
    public void Selon_ses_sources_still_names_no_one()
    {
        // (Passes before too: a possessive with no name in apposition after it is the speaker's own sources.)
        Assert.Null(Attribute("fr", "Le matin. Selon ses sources, « le texte sera retiré ».").Speaker);
    }

    [Fact]
    public void A_description_whose_complement_names_someone_leaves_the_apposed_name_speaking()
    {
        Assert.Equal(("Julie Ferrand", "avocate de Kevin Marchal"), Attribute(
            "fr",
            "Le matin. « Mon client conteste formellement avoir été présent », a déclaré l'avocate de Kevin Marchal, Me Julie Ferrand, à l'issue de l'audience."));
    }

    [Fact]
    public void A_French_participle_opening_a_sentence_before_de_is_no_name()
    {
        Assert.Equal("Stéphane Valdenaire", Attribute(
            "fr",
            "Le chef d'orchestre Stéphane Valdenaire a été nommé directeur musical. Âgé de 39 ans, il a dirigé à Vienne.",
            "« La musique classique n'appartient à personne », a-t-il déclaré.").Speaker);
    }

    [Theory]
    [InlineData("Selon la chambre de Commerce et d’industrie de Paris Ile-de-France, 102 entreprises ont été « plus légèrement impactées (vitrines étoilées) ».", "la chambre de Commerce et d’industrie de Paris Ile-de-France")] // tenth session
    [InlineData("Selon le maire, et les habitants le confirment, la rue était « totalement inondée hier soir ».", "le maire")] // passes before too: "et" before no complement still ends the phrase
    public void And_before_a_complement_joins_two_complements_of_one_description(string paragraph, string speaker)
    {
        // "la chambre de Commerce et d'industrie": the description was cut at "et", leaving "d'industrie de Paris Ile-de-France".
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "Qualifié de journal qui « s'est couché » par le directeur de Libération, Laurent Joffrin, L'Humanité s'est défendu.", "Laurent Joffrin")] // tenth session
    [InlineData("en", "Described as \"a very good man\" by his neighbours, Tom Hale was released on Monday.", "his neighbours")] // tenth session
    [InlineData("fr", "Le père est décrit comme « un gars très équilibré » par un ami d'enfance.", "un ami d'enfance")] // passes before too: with its auxiliary
    public void A_passive_participle_opening_the_sentence_names_its_agent_as_the_speaker(string language, string paragraph, string speaker)
    {
        // "Qualifié de … « … » par X, Y …": no auxiliary before the participle, so no passive was read, and the quote, two words
        // with no speaker, was set aside as scare quotes. The agent ends at its comma unless a name in apposition follows.
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "A 10h59, suite à l'affirmation du député Nicolas Dupont-Aignan que c'étaient « les petits casseurs de M. Castaner » qui avaient saccagé l'Arc, le ministre a tweeté.", "Nicolas Dupont-Aignan")] // tenth session
    [InlineData("en", "The claim by Senator Jo Bell that \"the whole system is rigged against us\" was rejected.", "Jo Bell")] // tenth session
    public void The_author_of_a_claim_given_by_que_or_that_speaks(string language, string paragraph, string speaker)
    {
        // "l'affirmation du député X que c'étaient « … »": no speech verb, so the minister named after the quote was taken.
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("The Trump campaign accused Biden of \"siding with criminals.\" Trump maintained his theme.", "The Trump campaign")] // tenth session
    [InlineData("Trump labeled the report as \"fake news\" and said he would release his returns.", "Trump")] // tenth session
    [InlineData("Amnesty International denounced the law as \"an attack on free speech\" on Monday.", "Amnesty International")] // passes before too
    public void A_verb_that_characterises_in_the_speakers_own_words_names_the_speaker(string paragraph, string speaker)
    {
        // "accused", "labeled", "denounced" were no speech verbs: the quote took the previous speaker, or none.
        Assert.Equal(speaker, Attribute("en", "Joe Biden spoke on Monday. \"We will win,\" he said.", paragraph).Speaker);
    }

    [Theory]
    [InlineData("The next day on Twitter West accused his wife of attempting to \"lock me up\" over his comments.", "Kanye West", null)] // tenth session
    [InlineData("On Monday West said he would \"run again in four years\" if he lost.", "Kanye West", null)] // tenth session: no role "On Monday"
    public void A_time_phrase_or_a_platform_before_the_subject_is_neither_the_speaker_nor_a_role(string paragraph, string speaker, string? role)
    {
        // "The next day on Twitter West": read as a description (a determiner and a noun), then as "Twitter West", with a
        // role "next day on"; "On Monday" was the role of "West".
        Assert.Equal((speaker, role), Attribute("en", "Kanye West spoke at a rally on Sunday.", paragraph));
    }

    [Theory]
    [InlineData("fr", "Sur RTL, rappelant que l'insécurité routière coûte « 50 milliards d'euros chaque année », Chantal Perrichon, la présidente de la Ligue, a demandé un moratoire.", "Chantal Perrichon")] // tenth session
    [InlineData("en", "Noting that the cuts were \"deeper than anyone expected in May\", Jane Doe said the union would strike.", "Jane Doe")] // passes before too
    public void A_speech_participle_opening_the_clause_speaks_for_the_name_after_the_quote(string language, string paragraph, string speaker)
    {
        // "Sur RTL, rappelant que … « … », Chantal Perrichon, …": the outlet in the opening phrase was taken.
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "Une déclaration de Barcelone a confirmé le paiement. Lionel Messi a aussi publié un post d'Instagram.", "La déclaration explique : « Le jeudi après-midi, les représentants du joueur ont visité les bureaux du Club. »", "Barcelone")] // tenth session
    [InlineData("en", "Barcelona's statement was short.", "The statement said: \"The club received the full payment on Thursday afternoon.\"", "Barcelona")] // tenth session
    [InlineData("fr", "Une déclaration de Barcelone a confirmé le paiement. Une déclaration du PSG a suivi.", "La déclaration explique : « Le jeudi après-midi, les représentants du joueur ont visité les bureaux du Club. »", null)] // passes before too: two issuers, nobody
    public void A_statement_noun_alone_as_subject_speaks_for_the_one_issuer_the_article_names(string language, string first, string second, string? speaker)
    {
        // "La déclaration explique : « … »": a statement with no owner named nobody, and the quote took the previous speaker.
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
