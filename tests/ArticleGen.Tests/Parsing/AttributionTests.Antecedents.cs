namespace ArticleGenTests.Parsing;

/// <summary>
/// Who "he", "she", "il", "elle" and a surname alone stand for. Found in the tenth session on dev text and on the
/// tuning probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void English_a_before_a_quote_is_an_article_not_the_French_auxiliary()
    {
        // "in which he called Trump a "climate arsonist,"": "Trump a" read as "Trump a déclaré" made Trump the subject.
        Assert.Equal(("Biden", null), Attribute(
            "en",
            "President Donald Trump spoke on Monday.",
            "Biden delivered a speech in Delaware in which he called Trump a \"climate arsonist,\" citing the recent wildfires. He argued that if Trump wins re-election, \"these hellish events will continue to become more common.\""));
    }

    [Fact]
    public void French_a_before_its_participle_still_makes_the_name_its_subject()
    {
        // (Passes before too: the guard of the rule above.)
        Assert.Equal(("Jean Dupont", null), Attribute(
            "fr",
            "Pierre Martin était absent. Mardi, devant les élus, Jean Dupont a déclaré que le projet avançait.",
            "« Nous tiendrons les délais », a-t-il ajouté."));
    }

    [Fact]
    public void A_name_written_as_an_owner_gives_its_full_form_to_the_surname()
    {
        // "Owen Fairley's new film": the name index kept "Owen Fairley's", so "Fairley" alone found nothing longer.
        Assert.Equal("Owen Fairley", Attribute(
            "en",
            "The director Owen Fairley's new film will open the festival.",
            "\"I wanted to make something about my mum's generation,\" Fairley said.").Speaker);
    }

    [Theory]
    [InlineData("en", "Former transport secretary Caroline Ashby has called on the government to scrap the plans. The proposal would affect 430 stations across England.", "\"Disabled passengers rely on staff at those windows,\" she told BBC Radio 4.", "Caroline Ashby")]
    [InlineData("fr", "Le député Jean Dupont a critiqué le projet. La réforme sera appliquée dès lundi en Bretagne.", "« C'est une erreur », a-t-il ajouté.", "Jean Dupont")] // passes before too: a masculine name before stays
    public void A_name_after_a_preposition_of_place_is_no_antecedent_of_he_or_she(string language, string first, string second, string speaker)
    {
        // "430 stations across England": England, of unknown gender, agreed with "she" and was the sentence's only name.
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void The_second_part_of_a_split_quote_keeps_its_speaker_over_the_paragraph_before()
    {
        // The second part opens no sentence of its own, so the person the paragraph before was about (Stevens) took it.
        Assert.Equal("John G. Roberts", Attribute(
            "en",
            "Retired Justice John Paul Stevens died on Tuesday. Stevens served on the Supreme Court for 35 years.",
            "\"On behalf of the Court and retired Justices,\" wrote Chief Justice John G. Roberts, \"I am saddened to report that our colleague has passed away.\"").Speaker);
    }

    [Theory]
    [InlineData("\"We will appeal,\" said Chief Justice John G. Roberts.", "John G. Roberts")] // tenth session
    [InlineData("\"We will appeal,\" the Justice Department said.", "Justice Department")] // passes before too: "Justice" before an organisation word is no title
    public void Justice_before_a_name_is_a_judge_s_title(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Later on Tuesday Mitsotakis met with the International Monetary Fund, then with President Trump, where he denounced the agreement.", "Mitsotakis")] // tenth session
    [InlineData("In his Tuesday talk at the Atlantic Council's Washington headquarters, Mitsotakis reaffirmed his plan.", "Mitsotakis")] // passes before too: a noun after the name is no verb
    public void An_opening_clause_with_its_own_subject_and_verb_is_not_skipped_before_a_pronoun(string first, string speaker)
    {
        // "Later on Tuesday Mitsotakis met with …, then with President Trump": the words before the first comma were taken
        // for an opening phrase and skipped, subject and all.
        Assert.Equal(speaker, Attribute("en", first + " In regard of the claims, he noted \"it is important to point out that the agreement is void\".").Speaker);
    }

    // Thirteenth session: the sentence before the pronoun opens on an inverted pronoun after its quote ("a-t-il expliqué"),
    // so the name after it ("jugeant que Montpellier …") is not whom "il" stands for; the person named before is.
    [Fact]
    public void An_inverted_pronoun_after_a_quote_keeps_the_earlier_antecedent()
    {
        var article = ArticleGen.Parsing.ArticleParser.Parse(
            "Headline: Test\nLanguage: fr\n\nLe match s'est joué samedi.\n\n"
            + "L'entraineur parisien, Staffan Olsson, juge que le résultat doit servir de réveil. « Il y a eu beaucoup de contre-attaques » a-t-il expliqué, "
            + "jugeant que Montpellier a été la meilleure équipe. Interrogé sur les buts encaissés, il explique que « la défense n'était pas si bonne ce soir ».");

        Assert.Equal(new[] { "Staffan Olsson", "Staffan Olsson" }, article.Quotes.Select(q => SpeakerName(article, q)));
    }

    [Fact]
    public void The_agent_of_a_passive_speech_verb_is_the_next_pronouns_antecedent()
    {
        // Sixteenth session (AMALGUM dev): "he" took a place named the sentence before.
        Assert.Equal("Nassar al-Rubaie", Attribute(
            "en",
            "U.S. helicopters launched airstrikes in Sadr City on Friday night. This move was criticized by Nassar al-Rubaie, a Shiite member of Parliament. \"We condemn the government asking occupation forces to carry out airstrikes,\" he said.").Speaker);
    }

    [Theory]
    [InlineData("en", "A spokesperson for NISA, the Japanese government nuclear authority, said officials had upgraded the crisis.", "\"We have upgraded the severity level to seven,\" he said.", "A spokesperson for NISA")]
    [InlineData("en", "A spokesman for Boeing, the American plane maker, said the company was looking into it.", "\"We take this very seriously,\" he said.", "A spokesman for Boeing")]
    [InlineData("fr", "Un porte-parole de Boeing, le constructeur américain, a indiqué que l'entreprise examinait l'incident.", "« Nous prenons cela très au sérieux », a-t-il ajouté.", "Un porte-parole de Boeing")] // passes before too
    public void A_description_that_spoke_after_an_apposition_with_a_capitalised_adjective_is_the_antecedent(string language, string first, string second, string speaker)
    {
        // The verb after the apposition's closing comma was read as an aside's participle, and "Japanese" as a name.
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void A_participle_opening_an_aside_is_still_no_verb_of_the_description()
    {
        // (Passes before too: the guard of the rule above; "announced" opens the aside, it does not close one.)
        Assert.NotEqual("The proposal", Attribute("en", "The proposal, announced last month, would affect 430 stations.", "\"It is a disgrace,\" she said.").Speaker);
    }

    [Theory]
    [InlineData("President George W. Bush arrived in Israel on Wednesday.", "Like President Bush, Israeli Prime Minister Ehud Olmert kept his comments broad in nature.", "Ehud Olmert")]
    [InlineData("Senator John Roe spoke first.", "Unlike Senator Roe, Governor Tom Hale avoided any direct reference to the vote.", "Tom Hale")] // passes before too
    public void A_comparison_opening_the_sentence_holds_no_antecedent(string earlier, string sentence, string speaker)
    {
        // "Like President Bush, …": the name in the comparison had been taken for the subject.
        Assert.Equal(speaker, Attribute("en", earlier, sentence, "\"From the very beginning, your policies have reflected a basic understanding,\" he said.").Speaker);
    }

    [Theory]
    [InlineData("en", "According to Iraqi political analyst Hazem al-Nuaeimi, Sadr is a thorn in the side of other Shia groups.", "\"There is a need to minimize the Sadrists' strength,\" he said.", "Hazem al-Nuaeimi")]
    [InlineData("en", "According to British lawyer Jane Roe, the ruling leaves many questions open.", "\"It is a very narrow decision,\" she said.", "Jane Roe")]
    public void A_source_marker_names_the_person_after_a_role_that_opens_on_a_capital(string language, string first, string second, string speaker)
    {
        // "According to Iraqi political analyst …": the capitalised "Iraqi" alone had been taken for the person "he" stands for.
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("Angela Merkel, the German chancellor, said the killing of bin Laden was a \"decisive strike\" at al-Qaeda.", "\"At his command and in his name, terror was enforced into many countries,\" she said.", "Angela Merkel")]
    [InlineData("Marie Dupont said the decision of Paul Martin was a mistake.", "\"We were never consulted,\" she said.", "Marie Dupont")] // passes before too: Paul is no "she"
    // (Passes before too: of two speakers, the nearer one.)
    [InlineData("President Andrzej Duda said the victims were \"joyful girls\" while Interior Minister Joachim Brudzinski wrote he had ordered fire safety checks.", "He tweeted, \"I want to express my sympathy to the families.\"", "Joachim Brudzinski")]
    // A verb of opinion reports as a speech verb does.
    [InlineData("However, UK citizen Jim Swire, father of another victim of the bombing, believes al-Megrahi was not guilty.", "He described al-Megrahi's death as \"a sad time\", telling the BBC he was \"satisfied for some years\".", "Jim Swire")]
    public void The_name_before_a_speech_verb_is_the_antecedent_not_a_name_in_the_clause_it_reports(string first, string second, string speaker)
    {
        // "… said the killing of bin Laden was …": "bin Laden was" had made bin Laden the subject "she" stood for.
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Theory]
    [InlineData("La spécialiste des sols, l’Allemande Christiane Heinicke, avait pour mission d’extraire de l’eau.", "Elle a affirmé : « On a démontré que ça fonctionnait. »", "Christiane Heinicke")]
    [InlineData("Chacun avait des travaux. Par exemple, la géologue, l'Américaine Sarah Lane, devait analyser le sol.", "Sur ce travail, elle affirma : « Le sol est plus riche que prévu. »", "Sarah Lane")]
    public void A_name_after_an_article_and_a_demonym_is_a_person_not_a_complement(string first, string second, string speaker)
    {
        // "l’Allemande Christiane Heinicke": the article before the name made it a complement, so no name was left for "elle".
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }

    [Fact]
    public void An_owner_before_a_speech_verb_is_no_antecedent()
    {
        // (Twentieth session: "Zhang defended China's reported defense-spending figures" made "reported" China's speech verb.)
        var speaker = Attribute(
            "en",
            "A visit by a senior official, John Smith.",
            "Smith defended China's reported defense-spending figures.",
            "\"In China, defense budgeting must follow a set of highly strict legal procedures,\" he said.").Speaker;
        Assert.Equal("John Smith", speaker);
    }
}
