using ArticleGen.Model;
using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>Quote extraction: marks, nesting, run-on quotes, dialogue, partial quotes, and what is not a quote.</summary>
public sealed class QuoteTests
{
    private static ArticleDocument Parse(params string[] paragraphs) =>
        ArticleParser.Parse("Headline: Test article\nLanguage: en\n\n" + string.Join("\n\n", paragraphs));

    private static string[] Texts(ArticleDocument article) => article.Quotes.Select(q => q.Text).ToArray();

    private static string? SpeakerOf(ArticleDocument article, int quote) =>
        article.Quotes[quote].SpeakerIndex < 0 ? null : article.Speakers[article.Quotes[quote].SpeakerIndex].Name;

    [Theory]
    [InlineData("« Nous partirons demain », a déclaré Jean Dupont.")]
    [InlineData("«\u00A0Nous partirons demain\u00A0», a déclaré Jean Dupont.")]
    [InlineData("«\u202FNous partirons demain\u202F», a déclaré Jean Dupont.")]
    [InlineData("“Nous partirons demain,” said Jean Dupont.")]
    [InlineData("\"Nous partirons demain,\" said Jean Dupont.")]
    [InlineData("„Nous partirons demain“, said Jean Dupont.")]
    public void Every_kind_of_mark_gives_the_text_between_them_trimmed(string paragraph)
    {
        var quote = Assert.Single(Parse(paragraph).Quotes);
        Assert.StartsWith("Nous partirons demain", quote.Text);
        Assert.False(char.IsWhiteSpace(quote.Text[0]) || char.IsWhiteSpace(quote.Text[^1]));
    }

    [Fact]
    public void Punctuation_inside_the_marks_stays()
    {
        var article = Parse("“We will rebuild, and we will do it fast!” said Mayor Jane Roe.");
        Assert.Equal("We will rebuild, and we will do it fast!", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void Nested_pairs_stay_inside_the_outer_quote()
    {
        var article = Parse("« Il m’a dit “jamais de la vie” hier soir », a raconté Paul Martin.", "“He called it ‘a farce’ in public,” said Ann Lee.");
        Assert.Equal(new[] { "Il m’a dit “jamais de la vie” hier soir", "He called it ‘a farce’ in public," }, Texts(article));
    }

    [Fact]
    public void Apostrophes_never_close_a_quote()
    {
        var article = Parse("“It’s the people’s choice and we don’t mind,” said Ann Lee.");
        Assert.Equal("It’s the people’s choice and we don’t mind,", Assert.Single(article.Quotes).Text);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Quote_that_runs_over_paragraphs_gives_one_quote_per_paragraph_with_one_speaker()
    {
        var article = Parse(
            "Wilkins said: “The first part of what I have to say is long.",
            "“And the second part goes on in the next paragraph.”",
            "Mark Wilkins is the mayor.");
        Assert.Equal(new[] { "The first part of what I have to say is long.", "And the second part goes on in the next paragraph." }, Texts(article));
        Assert.Equal("Mark Wilkins", SpeakerOf(article, 0));
        Assert.Equal("Mark Wilkins", SpeakerOf(article, 1));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Dialogue_dash_inside_one_pair_starts_a_new_turn()
    {
        var article = Parse("« Vous partez déjà ? — Oui, nous partons ce soir. », ont échangé les deux hommes.");
        Assert.Equal(new[] { "Vous partez déjà ?", "Oui, nous partons ce soir." }, Texts(article));
    }

    [Theory]
    [InlineData("Le ministre a jugé la réponse « pas satisfaisante ».", true)]
    [InlineData("She described the move as “a historic mistake for us all”.", true)]
    [InlineData("« Il ne s’est rien passé », a asséné Sergueï Lavrov.", false)]
    [InlineData("Kerry said: “We will keep trying.”", false)]
    [InlineData("L’appel de Hollande : « Ça suffit ! »", false)]
    public void Partial_quotes_are_woven_into_the_sentence(string paragraph, bool partial)
    {
        Assert.Equal(partial, Assert.Single(Parse(paragraph).Quotes).IsPartial);
    }

    [Theory]
    [InlineData("The so-called “reform” passed on Monday.", "single word")]
    [InlineData("« Non », a-t-il répondu sèchement.", "single word")]
    [InlineData("Les trois suspects ont été mis en examen mardi pour « association de malfaiteurs en relation avec une entreprise terroriste ».", "name of a charge")]
    [InlineData("He was indicted for \u201cfirst-degree murder in the course of a robbery\u201d on Friday.", "name of a charge")]
    [InlineData("He starred in the film “The Long Night Ahead” last year.", "title of a work")]
    [InlineData("The boxer, nicknamed “The Iron Fist”, retired.", "name or nickname")]
    [InlineData("Critics call it a “quiet revolution” of sorts.", "scare quote")]
    [InlineData("Attendees could catch \"Kimono Obi Tying\" on Saturday night.", "title of a work")]
    [InlineData("Her name was shortened, imitating a song called \u201cDay after Day,\u201d so it would fit on a sign.", "name or nickname")]
    [InlineData("Erdogan announced the start of \u201cOperation Peace Spring\u201d on Wednesday.", "name or nickname")]
    [InlineData("Il a été condamné en 2015 pour « apologie du terrorisme en ligne ».", "name of a charge")]
    [InlineData("Elle est accusée de « détournement de fonds publics » depuis mars.", "name of a charge")]
    [InlineData("Trump again mocked \u201cSleepy Joe\u201d at the rally, the president said.", "name or nickname")]
    [InlineData("Il a participé à « L'Émission politique » jeudi soir.", "name or nickname")]
    [InlineData("Il a rejoint le mouvement « Gilets jaunes libres » lundi.", "name or nickname")]
    [InlineData("Le recruteur a été placé en détention pour « association de malfaiteurs en relation avec une entreprise terroriste ».", "name of a charge")]
    [InlineData("Il a été placé en garde à vue pour « violences sur une personne chargée d’une mission de service public ».", "name of a charge")]
    [InlineData("Ils menacent de porter plainte contre le maire pour « non-assistance à personne en danger ».", "name of a charge")]
    [InlineData("He was arrested for “driving under the influence of alcohol” late on Friday.", "name of a charge")]
    [InlineData("Le roi a renommé le pays en eSwatini, ce qui signifie « terre des Swazi » dans la langue locale.", "translation or gloss")] // tenth session
    [InlineData("The town is called Kyiv, which means “the city of Kyi” in old Slavonic.", "translation or gloss")] // tenth session
    [InlineData("Le mot ubuntu veut dire « je suis parce que nous sommes » en zoulou.", "translation or gloss")] // tenth session
    [InlineData("Vers 10h30, Jacqueline Moreau, membre des \"gilets jaunes libres\", a pris la parole.", "name or nickname")] // tenth session
    [InlineData("He is a member of the “Friends of the Earth Scotland” board.", "name or nickname")] // tenth session
    [InlineData("En haut des Champs-Élysées, un drapeau « armée catholique de France, vive le roi » flotte au-dessus des manifestants.", "slogan or sign")] // tenth session
    [InlineData("Protesters carried a banner “no more cuts to our schools, not one more” outside parliament.", "slogan or sign")] // tenth session
    [InlineData("One man held a sign reading \"the climate is changing faster than we are\" near the gate.", "slogan or sign")] // tenth session
    [InlineData("Hong Kong has been governed under the \"one country, two systems\" model since 1997.", "name or nickname")] // tenth session
    [InlineData("La loi applique le principe « pollueur-payeur, sans exception » aux industriels.", "name or nickname")] // tenth session
    [InlineData("Selon l'article « Macron veut se payer BFM » du Canard enchaîné, le président serait agacé.", "title of a work")] // tenth session
    [InlineData("Jacline Mouraud, « la modérée », veut créer son propre parti politique.", "name or nickname")] // tenth session
    public void What_is_not_a_quote_is_skipped_with_its_reason(string paragraph, string reason)
    {
        var article = Parse(paragraph);
        Assert.Empty(article.Quotes);
        Assert.Equal(reason, Assert.Single(article.SkippedQuotes).Reason);
    }

    [Fact]
    public void What_someone_is_accused_of_doing_stays_a_quote()
    {
        var article = Parse("La loi est accusée par des associations de « ne pas respecter l’égalité devant la loi ».");
        Assert.Single(article.Quotes);
    }

    [Theory]
    [InlineData("Selon un témoin, les manifestants scandaient « Penelope, l'enveloppe » devant le meeting.")]
    [InlineData("Jean Dupont a lancé « Allez les Bleus » à la foule.")]
    [InlineData("Interrogé par la presse, il a répondu : « Nous verrons bien ».")]
    public void A_capitalised_fragment_after_a_speech_verb_a_colon_or_with_a_comma_is_no_name(string paragraph)
    {
        var article = Parse(paragraph);
        Assert.DoesNotContain(article.SkippedQuotes, skipped => skipped.Reason == "name or nickname");
        Assert.Single(article.Quotes);
    }

    [Fact]
    public void An_active_accusation_reports_the_accusers_words()
    {
        var article = Parse("Le président turc Recep Tayyip Erdogan a accusé l'Occident de « soutenir le terrorisme ».");
        Assert.Equal("soutenir le terrorisme", Assert.Single(article.Quotes).Text);
        Assert.Equal("Recep Tayyip Erdogan", SpeakerOf(article, 0));
        // A passive names a charge ("a été condamné pour", "est accusée de": the InlineData above).
        Assert.Equal("name of a charge", Assert.Single(Parse("Il a été accusé de « détournement de fonds publics » en 2016.").SkippedQuotes).Reason);
    }

    [Fact]
    public void Works_listed_after_an_author_are_all_titles()
    {
        var article = Parse("Michel Tournier, auteur de « Vendredi ou les Limbes du Pacifique », « Le Roi des aulnes », « Vendredi ou la Vie sauvage » ou encore « Les Météores », est mort lundi.");
        Assert.Empty(article.Quotes);
        Assert.All(article.SkippedQuotes, skipped => Assert.Equal("title of a work", skipped.Reason));
        Assert.Equal(4, article.SkippedQuotes.Count);
    }

    [Fact]
    public void Short_quote_said_by_someone_is_a_quote_not_a_scare_quote()
    {
        var article = Parse("Boris Johnson a qualifié la situation de « pessimisme légitime ».");
        Assert.Equal("pessimisme légitime", Assert.Single(article.Quotes).Text);
        Assert.Equal("Boris Johnson", SpeakerOf(article, 0));
    }

    [Fact]
    public void Quotes_in_headline_paragraphs_and_captions_are_found_in_reading_order()
    {
        var article = ArticleParser.Parse(string.Join("\n", new[]
        {
            "Obama: 'We will not back down'",
            "",
            "“The talks are over,” said John Smith.",
            "",
            "Interview with the envoy: “Peace is still possible”",
            "Duration: 1:30",
        }));
        Assert.Equal(new[] { QuoteLocation.Headline, QuoteLocation.Paragraph, QuoteLocation.Caption }, article.Quotes.Select(q => q.Location));
        Assert.Equal("We will not back down", article.Quotes[0].Text);
        Assert.Equal("Obama", SpeakerOf(article, 0));
    }

    [Fact]
    public void Quote_positions_are_the_line_and_column_of_the_opening_mark()
    {
        var article = ArticleParser.Parse("Headline: T\n\nFirst.\n\nJean Roe a dit «\u00A0ceci et cela\u00A0» hier.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(5, quote.Line);
        Assert.Equal(16, quote.Column);
    }

    [Theory]
    [InlineData("Le Premier ministre Édouard Philippe a déclaré recevoir les « gilets jaunes » lundi. Les gilets jaunes ont accepté.", "gilets jaunes")]
    [InlineData("Joe Biden said he would \"build back better\" on Monday. His plan to build back better costs $2 trillion.", "build back better")]
    public void A_short_phrase_the_article_also_writes_unquoted_is_a_term(string paragraph, string term)
    {
        var skipped = Assert.Single(Parse(paragraph).SkippedQuotes);
        Assert.Equal((term, "term the article uses unquoted"), (skipped.Text, skipped.Reason));
    }

    [Theory]
    [InlineData("Le ministre a dénoncé des « violences inacceptables » samedi. Il a répété : « des violences inacceptables ».")] // the other mention is quoted too
    [InlineData("Le maire a parlé d'une « situation très grave et inédite » samedi. La situation très grave et inédite dure.")] // five words: someone's words repeated
    public void A_phrase_repeated_only_inside_quotes_or_longer_than_four_words_stays_a_quote(string paragraph) // passes before too: guards
    {
        Assert.DoesNotContain(Parse(paragraph).SkippedQuotes, q => q.Reason == "term the article uses unquoted");
    }

    [Fact]
    public void Unquoted_terms_are_matched_ignoring_case_as_whole_words_and_from_any_first_character() // passes before too: guards of the one-pass search
    {
        Assert.Contains(Parse("Le Premier ministre Édouard Philippe a déclaré recevoir les « gilets jaunes » lundi. Les Gilets Jaunes ont accepté.").SkippedQuotes,
            q => q.Reason == "term the article uses unquoted");
        Assert.DoesNotContain(Parse("Le Premier ministre Édouard Philippe a déclaré recevoir les « gilets jaunes » lundi. Les gilets jaunesses ont accepté.").SkippedQuotes,
            q => q.Reason == "term the article uses unquoted");
        Assert.Contains(Parse("Joe Biden said it was \"[a] total disgrace\" on Monday. Critics called [a] total disgrace a slogan.").SkippedQuotes,
            q => q.Reason == "term the article uses unquoted");
    }

    [Fact]
    public void A_phrase_found_quoted_sixty_four_times_first_stays_a_quote() // passes before too: the bound that keeps the search linear
    {
        var quoted = string.Concat(Enumerable.Repeat("Joe Biden said it was a \"total disgrace\" again. ", 64));
        Assert.DoesNotContain(Parse(quoted + "It was a total disgrace.").SkippedQuotes, q => q.Reason == "term the article uses unquoted");
        Assert.Contains(Parse(quoted.Substring(0, quoted.Length / 2) + "It was a total disgrace.").SkippedQuotes, q => q.Reason == "term the article uses unquoted");
    }

    // Thirteenth session: a sentence of more than a dozen words after a noun of a work is what was said on it, not its
    // title (it had been skipped as "title of a work"); a short one after the same noun still is a title.
    [Fact]
    public void A_long_sentence_after_the_name_of_a_programme_is_a_quote()
    {
        var article = Parse("He said on Voice of America's South Sudan in Focus programme \"It is a great loss to the people of South Sudan, because John Luk had contributed a lot. So his death is a loss to the government\".");

        Assert.Equal(new[] { "It is a great loss to the people of South Sudan, because John Luk had contributed a lot. So his death is a loss to the government" }, Texts(article));
        Assert.Empty(article.SkippedQuotes);
    }

    [Fact]
    public void A_short_title_after_the_name_of_a_programme_is_still_skipped()
    {
        // Passes before too.
        var article = Parse("She presented the programme \"Gardeners' World at Home\" for ten years.");

        Assert.Empty(article.Quotes);
        Assert.Equal("title of a work", Assert.Single(article.SkippedQuotes).Reason);
    }
}
