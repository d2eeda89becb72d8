using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-fourth session on the one-pair articles (real articles with one quote pair, which every earlier walk
/// had passed over), each shape written again here with other words:
/// - names: a sentence-opening word as a surname after a given name ("Martin How."), "-ologist"/"-ician" before a name,
///   "Fellow" as a title, an apposition with no comma after a name ("Kalilov le ministre des Transports"), a name closing a
///   long capitalised description after its comma, a possessive place before an acronym's organisation;
/// - sentences and clauses: a letter's period before a word that opens sentences ends one ("la bombe H. La Corée"), a clock
///   time ("5:17 p.m.") is no colon and no subject, a place label before a headline's colon is no subject;
/// - cues: "selon un vétérinaire ayant examiné …" ends at its participle, "dit de lui" is about him, a lead-in's verb may
///   stand six words before its colon, a partial quote's inverted incise ("a-t-il déclaré"), a source after an aside in
///   parentheses, "According to its press release, the NBA …", "It read," after an issued statement, "apologise",
///   "selon des propos de X, rapportés par l'AFP", the source an outlet cites ("citée par Reuters"), an inverted incise between
///   commas before the quote ("Since that time, said Dyton, "…""), a pronoun closing the paragraph before a quote with no cue;
/// - subjects and incises: a description's own past speech verb ends it ("The governor tweeted her reasoning saying"), a clause
///   with its object closing the paragraph before is no incise.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"The flies could not slow down in time,\" said study co-author and Research Fellow Karen How.", "Karen How")]
    [InlineData("en", "Immunologist Mirek Kowalczyk of Leeds University said, in response to the study, \"This virus spreads far more easily than we thought.\"", "Mirek Kowalczyk")]
    [InlineData("en", "Statistician Ilka Varga told reporters: \"The figures do not add up.\"", "Ilka Varga")]
    [InlineData("fr", "« Nous ne savons pas encore pourquoi l'avion a manqué la piste » a déclaré Almazbek Tokoyev le ministre des Transports du Kirghizistan.", "Almazbek Tokoyev")]
    [InlineData("fr", "« Les souris bondissaient sur tout ce qui bougeait » , explique le chercheur principal et Professeur Associé de Psychiatrie à l'Université McGill, Tiberio de Moraes . Les souris se comportent normalement ensuite.", "Tiberio de Moraes")]
    public void A_name_is_read_whole_and_without_its_titles(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void An_apposition_with_no_comma_after_a_name_is_its_role()
    {
        Assert.Equal(("Almazbek Tokoyev", "ministre des Transports du Kirghizistan"),
            Attribute("fr", "« Nous ne savons pas encore pourquoi l'avion a manqué la piste » a déclaré Almazbek Tokoyev le ministre des Transports du Kirghizistan."));
    }

    [Fact]
    public void A_possessive_place_is_no_part_of_an_organisation_s_name()
    {
        Assert.Equal("National Basketball Association", Attribute("en",
            "On Wednesday, the United States' National Basketball Association (NBA) suspended its season.",
            "\"We will suspend game play until further notice,\" the NBA said.").Speaker);
    }

    [Theory]
    [InlineData("fr", "La communauté internationale a vivement critiqué l'essai de la bombe H. La Corée du Sud a annoncé « prendre toutes les mesures nécessaires pour que le Nord paie ».", "Corée du Sud")]
    [InlineData("fr", "« Bienvenue à Serge, un joueur de caractère », a réagi le club sur X. L'entraîneur, Olivier Gandon, compte sur lui dès samedi.", "le club")]
    [InlineData("en", "The mayor left his home before 11 a.m. At about 5:17 p.m. his daughter told the police he \"left home four hours ago after leaving words like a will.\"", "his daughter")]
    [InlineData("en", "At 10:30 the minister said: \"We will win this vote.\"", "the minister")]
    public void Sentences_and_times_end_where_they_end(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_place_label_before_a_headline_s_colon_is_no_one()
    {
        var article = ArticleParser.Parse("Headline: France : des dizaines de lapins massacrés dans l'Hérault\nLanguage: fr\n\n"
            + "Une quarantaine de lapins ont été massacrés dans la nuit de lundi, a rapporté le quotidien régional. Ils auraient été « jetés comme des balles de tennis » par les malfaiteurs.");
        Assert.DoesNotContain(article.Speakers, s => s.Name == "France");
    }

    [Theory]
    [InlineData("fr", "Les bêtes présentaient des « lésions traumatiques graves » ayant entraîné la mort, selon un vétérinaire ayant examiné deux d'entre elles.", "un vétérinaire")]
    [InlineData("fr", "« Il aimait raconter ses descentes de fin de journée » , a dit de lui la municipalité de Megève après l'annonce de son décès.", "la municipalité de Megève")]
    [InlineData("en", "Footage showed a group of protesters. Police Superintendent Jane Roe said at a press conference: \"The officers' lives were seriously threatened.\" Amnesty International has called for an investigation into the shooting.", "Jane Roe")]
    [InlineData("en", "The device was recovered \"broken into two pieces\" from under eight metres (about 25 feet) of mud, according to investigators.", "investigators")]
    [InlineData("en", "According to its press release, the NBA was \"suspending game play until further notice.\" The other games were cancelled.", "NBA")]
    [InlineData("fr", "Selon des propos de Karim Haddad , porte-parole de la mairie , rapportés par l' AFP , « le marché rouvrira lundi matin » de la semaine prochaine.", "Karim Haddad")]
    public void The_cue_names_who_spoke(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_partial_quote_s_inverted_incise_names_its_pronoun_s_person()
    {
        Assert.Equal("Alexander Dobrindt", Attribute("fr",
            "Selon le ministre des transports, Alexander Dobrindt , les trains étaient équipés d'un frein automatique. De plus, le tronçon est situé « dans un virage très serré » a-t-il déclaré.").Speaker);
    }

    [Fact]
    public void It_read_is_the_statement_of_its_issuer()
    {
        Assert.Equal("Georgian Tennis Federation", Attribute("en",
            "The Georgian Tennis Federation (GFT) released a statement addressing the arrest. It read, \"We have always condemned any form of violence.\"").Speaker);
    }

    [Fact]
    public void Apologising_for_words_says_them()
    {
        Assert.Equal("Jana Novak", Attribute("en",
            "Prime Minister Jana Novak tested positive on Friday.",
            "The Prime Minister apologised to the people of her country for \"having an idiot as economy minister.\"").Speaker);
    }

    [Fact]
    public void A_clause_of_its_own_before_the_participle_ends_the_subject()
    {
        Assert.Equal("Kay Ivey", Attribute("en",
            "Governor Kay Ivey signed the bill on Wednesday.",
            "The governor tweeted her reasoning saying, \"Today, I signed into law the Human Life Protection Act.\"").Speaker);
    }

    [Fact]
    public void A_verb_and_its_object_closing_the_paragraph_before_are_no_incise()
    {
        var article = ArticleParser.Parse("Headline: Test\nLanguage: en\n\n"
            + "The department did not identify the victim. Rather, government sources confirmed his identity to various news outlets anonymously.\n\n"
            + "\"There was an assault on an inmate on Friday. Officers responded quickly.\"");
        Assert.DoesNotContain(article.Speakers, s => s.Name == "government sources");
    }

    [Theory]
    [InlineData("en", "Since that time, said Dyton, “life has been very hard on us.” There is no other land to farm.", "Dyton")]
    [InlineData("fr", "Depuis, a expliqué Marie Roux, « rien n'a changé pour nous ». La commune attend toujours.", "Marie Roux")]
    public void An_inverted_incise_between_commas_before_the_quote_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Told_after_an_apposition_s_comma_keeps_its_subject()
    {
        Assert.Equal("Ben Rozitis", Attribute("en",
            "Ben Rozitis, a co-author of the study, told Space.com: \"I was expecting to find a metallic asteroid.\"").Speaker);
    }

    [Fact]
    public void A_pronoun_closing_the_paragraph_before_names_a_quote_with_no_cue()
    {
        Assert.Equal("Pierre Karl Péladeau", Attribute("fr",
            "Pierre Karl Péladeau a annoncé lundi qu'il démissionnait de ses fonctions. Il a évoqué des raisons familiales pour expliquer cette décision.",
            "« Aujourd'hui, je suis devant une absence d'alternative qui me force à faire un choix. J'ai choisi ma famille. »").Speaker);
    }

    [Theory]
    [InlineData("fr", "« Huit militaires ont été tués dans l'accident », selon une agence locale citée par Reuters .", "une agence locale")]
    [InlineData("en", "\"Eight soldiers were killed in the crash,\" according to a local agency quoted by Reuters.", "a local agency")]
    public void The_source_an_outlet_cites_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
