namespace ArticleGenTests.Parsing;

/// <summary>
/// Organisations whose names hold links a person's name never does: "Without"/"Sans", "to"/"for" after an organisation's word
/// or a capitalised plural, "and" before words ending on an organisation's word, a country's acronym at the end. Found in the
/// twenty-second session with a sweep of organisation names (the rules cut "Doctors Without Borders" to "Doctors").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We are concerned,\" said Doctors Without Borders.", "Doctors Without Borders")]
    [InlineData("\"We are concerned,\" said Médecins Sans Frontières.", "Médecins Sans Frontières")]
    [InlineData("\"We are concerned,\" said Physicians for Human Rights.", "Physicians for Human Rights")]
    [InlineData("\"We are concerned,\" said the Committee to Protect Journalists.", "Committee to Protect Journalists")]
    [InlineData("\"We are concerned,\" said the Brady Campaign and Center to Prevent Gun Violence.", "Brady Campaign and Center to Prevent Gun Violence")]
    [InlineData("\"We are concerned,\" the Competition and Markets Authority said.", "Competition and Markets Authority")]
    [InlineData("\"We are concerned,\" said the Transport and Logistics Workers' Union.", "Transport and Logistics Workers' Union")]
    [InlineData("\"We are concerned,\" said Memory Matters UK.", "Memory Matters UK")]
    public void An_organisation_keeps_the_links_of_its_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("\"We are concerned,\" said John Smith and Jane Doe.", "John Smith")]
    [InlineData("\"We are concerned,\" said Bush and Congress.", "Bush")]
    public void People_joined_by_a_link_stay_people(string paragraph, string speaker)
    {
        // (Passes before too.) A given name opening the name, or no organisation's word after "and", keeps the person alone.
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_person_of_an_organisation_with_a_link_speaks_after_the_verb()
    {
        // The organisation, read whole now ("Center for Food Safety"), is the affiliation of the person before it; before,
        // after the verb, it was taken for the speaker.
        Assert.Equal("George Kimbrell", Attribute("en", "\"We are concerned,\" said George Kimbrell of the Center for Food Safety.").Speaker);
    }

    [Fact]
    public void A_person_after_to_is_not_part_of_the_organisation()
    {
        // (Passes before too.) "Burkhardt & Associates to James Roche": the e-mail's sender and its addressee.
        Assert.NotEqual("Associates to James Roche", Attribute(
            "en",
            "In an email from Burkhardt & Associates to James Roche, dated May 2002, the firm wrote: \"Save it and blow him away.\"").Speaker);
    }

    [Theory]
    [InlineData("fr", "Le Syndicat national autonome des aiguilleurs (SNAA) réclame vingt contrôleurs. « Le mouvement continuera », prévient le SNAA.", "Syndicat national autonome des aiguilleurs")]
    [InlineData("fr", "Les résultats sont attendus, selon l'Agence régionale de santé (ARS) de Normandie. « Il n'y a pas lieu de s'alarmer », ajoute l'ARS.", "Agence régionale de santé de Normandie")]
    [InlineData("en", "The National Union of Journalists (NUJ) condemned the arrests. \"This is an outrage,\" the NUJ said.", "National Union of Journalists")]
    [InlineData("fr", "« Nous sommes inquiets », a indiqué l'Agence régionale de santé (ARS) de Normandie.", "Agence régionale de santé de Normandie")]
    public void An_acronym_given_in_parentheses_names_the_organisation_in_full(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void An_acronym_the_article_never_spells_out_stays_as_written()
    {
        // (Passes before too.)
        Assert.Equal("CGT", Attribute("fr", "« Nous irons jusqu'au bout », a prévenu la CGT.").Speaker);
    }

    [Theory]
    [InlineData("\"We could see a month's worth of rain,\" said Met Office deputy chief meteorologist Helen Caddick.", "Helen Caddick")]
    [InlineData("\"The findings are alarming,\" said Amnesty International senior crisis adviser Donatella Rovera.", "Donatella Rovera")]
    public void An_organisation_then_a_role_of_three_words_then_the_person(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
