namespace ArticleGenTests.Parsing;

/// <summary>
/// Appositions between a subject and its verb (sixteenth session, from the AMALGUM dev batch): a titled name apposed to
/// a description ("the current Roman Catholic Pope, Pope Francis, described") and an apposition to a description's
/// complement ("A spokesperson for NISA, the Japanese government nuclear authority, said"); and a finding credited by "by"
/// ("An investigation by the BBC has revealed").
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_titled_name_apposed_to_a_description_speaks()
    {
        Assert.Equal("Francis", Attribute("en", "In 2016, the current Roman Catholic Pope, Pope Francis, described abortion as a \"very grave sin\".").Speaker);
    }

    [Fact]
    public void An_apposition_to_a_complement_does_not_speak_for_the_description()
    {
        Assert.Equal("A spokesperson for NISA", Attribute(
            "en",
            "A spokesperson for NISA, the Japanese government nuclear authority, said: \"We have upgraded the severity level to seven.\"").Speaker);
    }

    [Theory]
    [InlineData("An investigation by the BBC has revealed that the aid was \"siphoned off\" by rebels.", "BBC")]
    [InlineData("A new report by Amnesty International says the camps are \"places of despair\".", "Amnesty International")]
    public void A_finding_credited_by_by_speaks_for_its_author(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_gloss_between_dashes_in_a_subject_is_no_part_of_the_name()
    {
        var (speaker, role) = Attribute("en", "Irish Taoiseach — Prime Minister — Leo Varadkar said the law is to be \"enacted before the end of this year\".");
        Assert.Equal(("Leo Varadkar", "Irish Taoiseach"), (speaker, role));
    }

    [Fact]
    public void A_manager_is_a_title_before_a_name()
    {
        Assert.Equal("Chet Clem", Attribute("en", "\"Their response was to say nothing,\" said Editorial Manager Chet Clem.").Speaker);
    }

    // "who" after a description apposed to a name, whose complement is an organisation: the person speaks, not the
    // organisation ("Singapore Management University" had been the speaker).
    [Theory]
    [InlineData("en", "AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said: \"It's a scenario that has played out before.\"", "Terence Fan")]
    [InlineData("fr", "L'AFP a interrogé Marie Lenoir, une chercheuse de l'Institut Pasteur, qui a déclaré : « La situation reste préoccupante. »", "Marie Lenoir")]
    public void Who_after_a_description_apposed_to_a_name_stands_for_the_person_not_the_organisation_in_its_complement(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, Opening(language) + paragraph).Speaker);
    }

    [Fact]
    public void Who_after_an_organisation_with_no_apposition_before_it_is_left_to_the_other_rules()
    {
        // (Passes before too: the guard. No comma and determiner after "John Smith", so he is no antecedent of "who".)
        Assert.NotEqual("John Smith", Attribute("en", Opening("en") + "John Smith met the chief executive of Acme Corporation, who said: \"We will appeal.\"").Speaker);
    }

    // A capitalised title with its organisation opening the sentence before a quote with no cue, then the person between
    // commas: the person speaks ("President" had been the speaker; seventeenth session, AMALGUM dev).
    [Theory]
    [InlineData("Vice President of Taxpayers for Common Sense, Steve Ellis, offered his explanation for the earmarks. \"People who support some of these provisions will forget about the $700 billion.\"", "Steve Ellis")]
    [InlineData("Director of the Centre for Policy Studies, Robert Colvile, gave his view of the plan. \"It is a start, but only a start.\"", "Robert Colvile")]
    [InlineData("Vice President of Taxpayers for Common Sense, Steve Ellis, said: \"People will forget about the $700 billion.\"", "Steve Ellis")] // passes before too: a cue of its own
    public void A_title_of_an_organisation_then_the_name_in_apposition_opens_the_sentence_before_a_quote(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", Opening("en") + paragraph).Speaker);
    }

    // A relative aside whose closing comma the writer left out still ends at the speech verb when a complement's name is
    // right before it ("NBC News" had been the speaker); "Taoiseach" is a title ("Irish Taoiseach Leo Varadkar" had been).
    [Theory]
    [InlineData("Evan Kohlmann, who tracks jihadi Web sites for NBC News said, \"He was actually an administrator on the forum.\"", "Evan Kohlmann")]
    [InlineData("On June 19, Irish Taoiseach Leo Varadkar, who is the country's first openly-gay Taoiseach addressed the Dáil saying, \"Today the people I want to pay tribute to are the unknown heroes\".", "Leo Varadkar")]
    public void A_relative_aside_with_no_closing_comma_still_speaks_for_its_antecedent(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", Opening("en") + paragraph).Speaker);
    }
}
