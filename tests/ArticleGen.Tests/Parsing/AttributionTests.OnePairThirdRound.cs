using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-fifth session on the third round of one-pair articles (real articles with one quote pair, made dev
/// unread in the twenty-fourth session), each shape written again here with other words:
/// - a source marker after a connective of two words ("En effet, pour X, « … »", "In fact, according to X");
/// - "peut-on lire sur X" names where the words were read, as "dans X" does;
/// - a speech verb's infinitive right after a name and its "de" or "to" speaks for that name ("a permis à X de déclarer que");
/// - after a description's comma, an epithet then the name closing the incise ("le chef du gouvernement, le conservateur X");
/// - a colon after a quote that opens its paragraph, then the sentence that names its author ("« … » : X reflects on …");
/// - "Sheik" as a title, as "Sheikh" and "Cheikh" are.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "En effet, pour Lucie Marchand de l'association Vigie, « personne n'a été prévenu à temps, et c'est inacceptable ».", "Lucie Marchand")]
    [InlineData("fr", "Par ailleurs, selon Hugo Berthier, « les travaux reprendront dès le mois prochain sans autre délai ».", "Hugo Berthier")]
    [InlineData("en", "In fact, for Dana Whitfield, \"the budget was never going to cover the repairs on time.\"", "Dana Whitfield")]
    public void A_source_marker_after_a_two_word_connective_names_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Peut_on_lire_sur_names_where_the_words_were_read()
    {
        Assert.Equal("le compte officiel du club", Attribute("fr",
            "« Nous pleurons un entraîneur exceptionnel et un ami fidèle » peut-on lire sur le compte officiel du club.").Speaker);
    }

    [Theory]
    [InlineData("fr", "Ce dernier résultat a permis au ministre de l'agriculture Marc Delorme de déclarer que « la récolte sera bonne ».", "Marc Delorme")]
    [InlineData("fr", "La victoire a conduit l'entraîneur Paul Ferrand à déclarer que « le titre est désormais possible ».", "Paul Ferrand")]
    [InlineData("en", "The ruling allowed Elena Ruiz to say that \"the city will appeal without delay\".", "Elena Ruiz")]
    public void A_speech_verb_s_infinitive_after_a_name_speaks_for_that_name(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_place_before_an_infinitive_speaks_for_nobody()
    {
        Assert.Null(Attribute("en",
            "Some 30 groups invited thousands of people on the eve of the vote in the United Kingdom to tell \"the story of our towns\" in public.").Speaker);
    }

    [Theory]
    [InlineData("fr", "« Cette réforme ne passera pas en l'état », a prévenu le chef de l'opposition, le libéral Anton Weber.", "Anton Weber", "chef de l'opposition")]
    [InlineData("en", "\"This reform will not pass as it stands,\" said the leader of the opposition, liberal Anton Weber.", "Anton Weber", "leader of the opposition")]
    public void An_epithet_between_a_description_and_its_name_is_skipped(string language, string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute(language, paragraph));
    }

    [Fact]
    public void A_colon_after_an_opening_quote_leads_to_the_sentence_that_names_its_author()
    {
        Assert.Equal("Marisol Ortega", Attribute("en",
            "\"Every election here now feels like a coin toss we cannot afford to lose\": Marisol Ortega reflects on the vote in her island.").Speaker);
    }

    [Fact]
    public void Sheik_is_a_title()
    {
        Assert.Equal("Khalid Al Nasser", Attribute("en",
            "Sheik Khalid Al Nasser, head of the port authority, told reporters that \"the new terminal will open in the spring\".").Speaker);
    }
}

/// <summary>
/// Found in the twenty-fifth session on the fourth round of one-pair articles, each shape written again here with other words:
/// - a passive's agent described with the name it belongs to ("écrit par les dirigeants de l'UE");
/// - a country named before a colon with no speech verb is what the words are about ("Mozambique: "…"", a Global Voices
///   headline; "Namibia has a new King of chess: "…"");
/// - a relative clause with no comma after a passive's agent speaks for the agent ("enfariné par un militant … qui a crié");
/// - "l'analyse de X", "l'avis de X" before a colon are statements of X's, as "le message de X" is;
/// - "X blogs about …:" speaks; a handle after a period opens a sentence ("… in Kenya. @name writes:"); ""…", as claimed by X";
/// - 185 more common given names of international news, with their gender ("Nestor", "Khaled", "Tariq", "Ksenia").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Dans une note rédigée par les ministres du G7, la situation est jugée « très préoccupante ».", "les ministres du G7")]
    [InlineData("Dans un rapport écrit par les experts de l'OCDE, la reprise est jugée « encore trop lente pour les ménages ».", "les experts de l'OCDE")]
    public void A_passive_s_agent_keeps_the_name_it_belongs_to(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Bolivia: \"We have nowhere else to go\"\n\nThursday, May 17, 2012\n\nA video shows families camped outside the ministry.")]
    [InlineData("Peru: a new champion\n\nThursday, May 17, 2012\n\nPeru has a new tennis champion: \"Junior player Ana Flores won the national title on Sunday without dropping a set.\"")]
    public void A_country_before_a_colon_with_no_speech_verb_speaks_for_nobody(string text)
    {
        var article = ArticleParser.Parse(text);
        Assert.Null(SpeakerName(article, Assert.Single(article.Quotes)));
    }

    [Theory]
    [InlineData("fr", "La ministre a été huée à Lyon par un groupe opposé à la fermeture de l'usine qui a scandé « nous ne partirons pas d'ici ».", "un groupe opposé à la fermeture de l'usine")]
    [InlineData("en", "The senator was heckled in Dayton by a man in a union jacket who shouted \"you sold us out last year\".", "a man in a union jacket")]
    public void A_relative_clause_after_a_passive_s_agent_speaks_for_the_agent(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("C'est aussi l'analyse de Sylvie Garnier, économiste à l'université de Lille : « Les ménages vont payer la facture. »")]
    [InlineData("Tel est l'avis de Sylvie Garnier : « Les ménages vont payer la facture de cette réforme. »")]
    public void An_analysis_or_opinion_of_someone_before_a_colon_is_theirs(string paragraph)
    {
        Assert.Equal("Sylvie Garnier", Attribute("fr", paragraph).Speaker);
    }

    [Fact]
    public void Blogs_about_before_a_colon_speaks()
    {
        Assert.Equal("Teodora", Attribute("en",
            "Teodora blogs about the new bus lanes in her city: \"Nobody asked the people who actually ride the buses every day.\"").Speaker);
    }

    [Fact]
    public void A_handle_opens_a_sentence_as_a_capital_does()
    {
        Assert.Equal("@rivertown_kim", Attribute("en",
            "#SaveTheLibrary is trending in the county. @rivertown_kim writes: \"Close the library and you close the only warm room in town.\"").Speaker);
    }

    [Theory]
    [InlineData("en", "Residents doubt that the dam is really the \"strongest in the region\", as claimed by the water authority.", "the water authority")]
    [InlineData("fr", "Les riverains doutent que le barrage soit vraiment « le plus solide de la région », comme affirmé par la préfecture.", "la préfecture")]
    public void As_claimed_by_names_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_known_given_name_ends_an_office_s_complement()
    {
        Assert.Equal("Nestor Kabirigi", Attribute("fr",
            "Le ministre des Transports Nestor Kabirigi a annoncé que la route serait rouverte. L'enjeu est à présent le financement. À ce sujet, il précise : « Les travaux commenceront en janvier. »").Speaker);
    }

    [Fact]
    public void A_known_given_name_carries_its_gender()
    {
        Assert.Equal("Tariq Nasser", Attribute("en",
            "Khadija Benali met Tariq Nasser on Monday. \"We have waited too long for this bridge,\" he said.").Speaker);
    }

    [Fact]
    public void A_country_that_speaks_before_its_colon_is_still_the_speaker()
    {
        Assert.Equal("Bolivia", Attribute("en", "Bolivia said in a statement: \"We have nowhere else to go.\"").Speaker);
    }
}
