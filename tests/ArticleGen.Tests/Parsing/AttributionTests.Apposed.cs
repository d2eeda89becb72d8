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
}
