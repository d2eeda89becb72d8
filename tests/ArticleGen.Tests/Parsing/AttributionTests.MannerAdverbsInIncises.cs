namespace ArticleGenTests.Parsing;

/// <summary>
/// An adverb of manner between the quote and an inverted speech verb leaves the incise inverted: "“The very same?”
/// sentimentally asked Rykov" is Rykov's, not the previous speaker's (dev en-russia-runet-enduring-tomatoes-tusovki, thirty-sixth
/// session); after a subject, "the minister quietly said", the adverb is no part of the subject. Words in -ly that are nouns or
/// adjectives ("the family said", "the weekly reported") are no adverbs.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"The very same?\" sarcastically replied Jane Smith.", "Jane Smith")]
    [InlineData("\"We will see,\" quietly said the minister.", "the minister")]
    [InlineData("\"We will see,\" the minister quietly said.", "the minister")]
    [InlineData("\"We will see,\" the local police chief quietly said.", "the local police chief")]
    [InlineData("\"We will see,\" the family said.", "the family")] // passes before too: a guard
    [InlineData("\"We will see,\" the weekly reported.", "the weekly")] // passes before too: a guard
    [InlineData("\"We will see,\" Smith quietly said.", "Smith")] // passes before too
    public void An_adverb_of_manner_before_the_verb_is_no_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void An_inverted_incise_after_an_adverb_names_its_own_speaker()
    {
        Assert.Equal("Konstantin Rykov", Attribute("en", "Oleg Kashin and Konstantin Rykov were there. \"Now that's something!\" tweeted Kashin. \"The very same?\" sentimentally asked Rykov.").Speaker);
    }

    [Fact]
    public void A_french_adverb_of_manner_before_the_verb_leaves_the_incise_inverted()
    {
        Assert.Equal("Jean Dupont", Attribute("fr", "« Nous verrons », sobrement conclut Jean Dupont.").Speaker);
    }
}
