namespace ArticleGenTests.Parsing;

/// <summary>
/// Cues with material between them and the quote: a participle's aside before an incise, a statement noun followed
/// by its complement before a colon. Found in the ninth session on French dev articles read again for shapes that
/// name no speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Les représentants CGT viennent d'accepter mes propositions » mardi, mettant ainsi fin à la grève engagée depuis huit jours, a déclaré le maire Gaël Perdriau.", "Gaël Perdriau", "maire")]
    [InlineData("en", "\"The union has accepted the offer\" on Tuesday, ending an eight-day strike, said Mayor Gael Perdriau.", "Gael Perdriau", "Mayor")]
    public void A_participle_aside_before_the_incise_is_no_part_of_it(string language, string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute(language, Opening(language) + paragraph));
    }

    [Fact]
    public void A_statement_noun_with_a_complement_before_the_colon_is_its_issuer_s()
    {
        Assert.Equal("La direction du groupe", Attribute(
            "fr",
            "Le matin. La direction du groupe avait adressé un communiqué de presse laconique : « Le communiqué de la SDJ met en cause le principe. »").Speaker);
    }

    [Fact]
    public void A_role_before_a_name_after_an_inverted_verb_is_shown_without_its_determiner()
    {
        // "a déclaré le maire Gaël Perdriau": roles are written without their determiner everywhere else.
        Assert.Equal(("Gaël Perdriau", "maire"), Attribute("fr", "Le matin. « Nous avons un accord », a déclaré le maire Gaël Perdriau."));
    }

    [Fact]
    public void A_lead_in_that_speaks_before_the_colon_wins_over_a_short_sentence_after_the_quote()
    {
        Assert.Equal("Hemi Walker", Attribute(
            "en",
            "Emergency services evacuated 300 residents.",
            "Regional controller Hemi Walker said: \"We made the call early because the hillside was still moving.\" No injuries were reported.").Speaker);
    }

    [Fact]
    public void An_incise_in_the_quote_s_own_sentence_still_wins_over_a_lead_in()
    {
        // (Passes before too: it guards the rule above.)
        Assert.Equal("Elizabeth Warren", Attribute(
            "en",
            "Hello there.",
            "Fellow Democrats were more supportive in their comments: \"Thank you for making working families the center of your campaign\", wrote Elizabeth Warren on Twitter.").Speaker);
    }

    [Fact]
    public void A_participle_aside_after_a_description_is_no_speech_of_it()
    {
        // "The proposal, announced last month, would affect …": "she" is not the proposal.
        Assert.Equal("Caroline Ashby", Attribute(
            "en",
            "Former transport secretary Caroline Ashby has called on the government to scrap plans. The proposal, announced last month, would affect 430 stations.",
            "\"Disabled passengers rely on staff at those windows,\" she told BBC Radio 4.").Speaker);
    }

    [Fact]
    public void A_participle_before_its_agent_is_no_speech_of_the_description_before_it()
    {
        // "Une pétition lancée par la conseillère X": the petition said nothing; "elle" is the councillor.
        Assert.Equal("Yvette Chabenat", Attribute(
            "fr",
            "La fermeture du bureau de poste ne passe pas. Une pétition lancée par la conseillère municipale d'opposition Yvette Chabenat a recueilli 2 300 signatures.",
            "« On nous parle de service public », ironise-t-elle.").Speaker);
    }

    [Theory]
    [InlineData("Remarked Center for Biological Diversity scientist Tierra Curry, \"This reprieve from bad news is a thank-you.\"", "Tierra Curry", "Center for Biological Diversity scientist")] // tenth session
    [InlineData("Added Mayor John Smith: \"This is a thank-you to all.\"", "John Smith", "Mayor")] // tenth session
    [InlineData("Asked about the plan, Tom Hale said: \"This is a thank-you to all.\"", "Tom Hale", null)] // passes before too: a lower-case word after the verb
    public void A_sentence_opening_on_its_speech_verb_is_an_incise_written_before_the_quote(string paragraph, string speaker, string? role)
    {
        // The capitalised verb was read as the first word of a name ("Remarked Center"), and no cue was found.
        Assert.Equal((speaker, role), Attribute("en", "The decision is pending.", paragraph));
    }

    [Theory]
    [InlineData("\"The count is up,\" said University of Kansas ecologist Chip Taylor.", "Chip Taylor", "University of Kansas ecologist")]
    [InlineData("\"The count is up,\" said Amnesty International researcher Jane Doe.", "Jane Doe", "Amnesty International researcher")] // passes before too
    public void An_organisation_whose_name_runs_over_of_then_a_role_noun_then_the_person(string paragraph, string speaker, string role)
    {
        // "University of Kansas ecologist Chip Taylor": the organisation's name stopped at "of", so no role noun followed it.
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }

    [Theory]
    [InlineData("Vers 10h00, l'archevêque de Paris, Michel Aupetit, a expliqué l'appel lancé par la Conférence des évêques de France le 11 décembre sur la crise sociale : « on a 13 000 paroisses, des lieux d'aumônerie. »", "Michel Aupetit", "archevêque de Paris")] // tenth session
    [InlineData("Bruce Toussaint répète les propos tenus par le Gilet jaune Eric Drouet : « Nous irons à l'Élysée samedi. »", "Eric Drouet", "Gilet jaune")] // passes before too: a subject that repeats the words gives them
    public void A_subject_that_explains_a_statement_before_a_colon_speaks_not_the_statement_s_author(string paragraph, string speaker, string role)
    {
        // "a expliqué l'appel lancé par la Conférence des évêques … :": the appeal's author was taken for the quote.
        Assert.Equal((speaker, role), Attribute("fr", paragraph));
    }

    // A quotation box: the quote fills its paragraph and the next paragraph signs it with a dash and a name. The quote
    // had gone to the speaker of the quote before it (a continuation).
    [Theory]
    [InlineData("fr", "« Nous avons perdu le contact avec deux navires », a déclaré Barack Obama.", "« Nous avons été en contact avec les Iraniens, qui nous ont assuré qu'ils étaient en sécurité »", "— Jennifer Psaki , directrice de la communication de la Maison-Blanche", "Jennifer Psaki", "directrice de la communication de la Maison-Blanche")]
    [InlineData("en", "\"We lost contact with two boats,\" said Barack Obama.", "\"We have been in contact with the Iranians, who assured us they are safe.\"", "– Jennifer Psaki, White House communications director", "Jennifer Psaki", "White House communications director")]
    public void A_quote_signed_by_the_next_paragraph_is_the_signer_s(string language, string before, string quote, string signature, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute(language, before, quote, signature));
    }

    [Theory]
    [InlineData("– and the boats were found later that day.")]
    [InlineData("— Pierre, tu viens avec nous ?")] // a dialogue turn: one given name, then the words addressed to him
    public void A_dash_paragraph_that_is_no_signature_signs_nothing(string paragraph)
    {
        // The first passes before too: the quote continues the previous speaker's words; the second had given "Pierre".
        Assert.Equal("Barack Obama", Attribute(
            "en", "\"We lost contact with two boats,\" said Barack Obama.", "\"We have been in contact with the Iranians.\"", paragraph).Speaker);
    }
}
