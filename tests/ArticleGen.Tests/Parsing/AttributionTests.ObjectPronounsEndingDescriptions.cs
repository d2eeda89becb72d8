namespace ArticleGenTests.Parsing;

/// <summary>
/// An object pronoun ending a description ("said the pilot of the aircraft behind them") is its complement's, not the speaker:
/// the phrase was read as the pronoun "them", resolved to whoever the sentences before were about (dev
/// en-faa-orders-review-boeing-dreamliners: "Japan Airlines"), or to no one. A lone pronoun after the verb still is one.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("A Japan Airlines 787 suffered a fuel leak. \"They've got fuel spilling out the left wing,\" said the pilot of the aircraft behind them.", "the pilot of the aircraft behind them")]
    [InlineData("Jane Smith met her sister. \"We will see,\" said the woman beside her.", "the woman beside her")]
    public void An_object_pronoun_ending_a_description_is_no_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_lone_pronoun_after_the_verb_still_resolves()
    {
        // (Passes before too: a guard.)
        Assert.Equal("Jane Smith", Attribute("en", "Jane Smith met the press. \"We will see,\" said she.").Speaker);
    }
}
