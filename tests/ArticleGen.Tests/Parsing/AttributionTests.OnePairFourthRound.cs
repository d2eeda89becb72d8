using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-fifth session on the fourth round of one-pair articles, each shape written again here with other words:
/// - a passive's agent described with the name it belongs to ("écrit par les dirigeants de l'UE");
/// - a country named before a colon with no speech verb is what the words are about ("Mozambique: "…"", a Global Voices
///   headline; "Namibia has a new King of chess: "…"");
/// - a relative clause with no comma after a passive's agent speaks for the agent ("enfariné par un militant … qui a crié");
/// - "l'analyse de X", "l'avis de X" before a colon are statements of X's, as "le message de X" is;
/// - "X blogs about …:" speaks; a handle after a period opens a sentence ("… in Kenya. @name writes:"); ""…", as claimed by X";
/// - 164 more common given names of international news, with their gender ("Nestor", "Khaled", "Tariq", "Ksenia").
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
