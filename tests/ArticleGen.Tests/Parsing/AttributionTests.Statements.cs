namespace ArticleGenTests.Parsing;

/// <summary>
/// A statement that speaks for whoever issued it: "made the following announcement:", ""…", reads an AEW press
/// release", and a passive whose agent speaks ("« … » lancée par le député"). Twelfth session, from dev quotes
/// that had no speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void An_announcement_before_a_colon_speaks_for_whoever_made_it()
    {
        var speaker = Attribute("en", "Hello there. Earlier this week, an official government Twitter account made the following announcement: \"Latest update: 3,728 measles cases have been reported.\"");

        Assert.Equal(("an official government Twitter account", null), speaker);
    }

    [Theory]
    [InlineData("\"Huber was exceptionally respected\", reads an AEW press release.", "AEW")]
    [InlineData("\"We will not comply with the order\", read the statement from the union.", "the union")]
    [InlineData("\"We will not comply with the order\", read a statement released by the union.", "the union")]
    // Seventeenth session: a warning, a bulletin or an alert is a statement too ("read" had been taken for the speaker).
    [InlineData("\"Boats in harbors should return to shore,\" read a warning by the Joint Australian Tsunami Warning Center.", "Joint Australian Tsunami Warning Center")]
    [InlineData("\"Residents should stay indoors,\" read an alert from the civil defence agency.", "the civil defence agency")]
    public void A_statement_that_reads_speaks_for_its_issuer(string paragraph, string speaker)
    {
        Assert.Equal((speaker, null), Attribute("en", "Hello there. " + paragraph));
    }

    [Fact]
    public void Reads_without_a_statement_is_no_cue()
    {
        // Passes before too: "reads" is no speech verb on its own.
        Assert.Equal((null, null), Attribute("en", "Hello there. The sign says nothing. \"Keep out\" reads well in any language."));
    }

    [Theory]
    [InlineData("fr", "En 2013, un échange entre le député Dominique Dord et le ministre Bernard Cazeneuve avait attiré l'attention sur la réplique « C'est pas de votre faute ! » lancée par le député.", "Dominique Dord")]
    public void The_agent_of_a_passive_after_the_quote_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    // An incise whose subject is a statement credited by a participle: the agent speaks, not "le communiqué
    // rédigé" (the description had stopped at "par"), nor no one ("publié" is a speech verb's participle, at
    // which the description stopped short).
    [Theory]
    [InlineData("fr", "« Un accident est survenu au kilomètre 82 », précise le communiqué rédigé par les organisateurs.", "les organisateurs")]
    [InlineData("fr", "« Un accident est survenu au kilomètre 82 », indique un communiqué publié par la préfecture du Var.", "la préfecture du Var")]
    [InlineData("en", "\"An accident happened at kilometre 82,\" said a statement issued by the organisers.", "the organisers")]
    public void A_statement_credited_by_a_participle_speaks_for_its_agent(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, language == "fr" ? "Un spectateur est mort samedi." : "A spectator died on Saturday.", paragraph).Speaker);
    }

    // "X released a statement" names who "the statement" that speaks later is: its words are X's. Only after it is
    // mentioned (a statement noun earlier in the article is someone else's), and one named with its issuer
    // ("une déclaration de Barcelone") still comes first.
    [Theory]
    [InlineData("en", "On Friday, the Interior Ministry released a statement about the attack.", "\"No troops were injured,\" read the statement.", "Interior Ministry")]
    [InlineData("en", "On Friday, the Interior Ministry released a statement about the attack.", "\"No troops were injured,\" the statement said.", "Interior Ministry")]
    [InlineData("fr", "Vendredi, la préfecture du Var a publié un communiqué sur l'accident.", "« Aucun soldat n'a été blessé », précise le communiqué.", "la préfecture du Var")]
    public void A_statement_someone_released_speaks_for_them_later(string language, string release, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, "The day was calm.", release, paragraph).Speaker);
    }

    [Fact]
    public void A_statement_released_after_the_quote_is_not_the_one_that_speaks()
    {
        // Passes before too; it failed with the rule's first form, which took the issuer from anywhere in the article.
        Assert.Null(Attribute("en", "The day was calm.", "\"No troops were injured,\" the statement said.", "On Friday, the Interior Ministry released a statement about the attack.").Speaker);
    }

    // Thirteenth session: a time word between a statement and its "read" ("Stardom's official statement yesterday read
    // "…"") kept the rule from seeing the statement; the quote went to the wrestler the article is about.
    [Fact]
    public void A_time_word_between_a_statement_and_read_keeps_it_the_owner_s()
    {
        Assert.Equal("World Wonder Ring Stardom", Attribute(
            "en", "Hana Kimura, age 22, has died, World Wonder Ring Stardom (Stardom) announced.",
            "Stardom's official statement yesterday read \"We are very sorry to report that our wrestler has passed away.\"").Speaker);
    }

    [Theory]
    [InlineData("In what the coffee growers association calls \"an attack on national dignity,\" the strip's characters question the growers.", "the coffee growers association")]
    [InlineData("It is what the union described as \"a slap in the face for every nurse in the country.\"", "the union")]
    public void What_opens_a_clause_and_is_no_part_of_its_subject(string paragraph, string speaker)
    {
        // "In what the coffee growers association calls "…"": "what" had been kept at the head of the speaker.
        Assert.Equal(speaker, Attribute("en", "Hello there. " + paragraph).Speaker);
    }
}
