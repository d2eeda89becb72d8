namespace ArticleGenTests.Parsing;

/// <summary>
/// ""…," he shot back", "she hit back", "fired back": answering back in two words is a speech verb, as "retorted" is. Before,
/// no verb was found, the quote went on from the last speaker, and in a debate that is the other side. Found in the
/// thirty-fifth session on the standalone-quote probe set.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"They were asked three times, and you voted for every one of them,\" he shot back.", "Peter Ashworth")]
    [InlineData("\"They were asked three times, and you voted for every one of them,\" Ashworth hit back.", "Peter Ashworth")]
    [InlineData("\"They were asked three times,\" fired back Ashworth.", "Peter Ashworth")]
    public void Answering_back_in_two_words_is_a_cue(string answer, string speaker)
    {
        Assert.Equal(speaker, Attribute(
            "en",
            "Councillor Peter Ashworth said the town faced \"a housing crisis that will not solve itself\".",
            "Fellow councillor Janet Mayhew accused him of ignoring residents. \"You keep saying crisis, but the people were never asked,\" she said.",
            answer).Speaker);
    }

    [Fact]
    public void Shooting_or_hitting_without_back_is_no_cue() // passes before too: a guard
    {
        // "shot" alone is no speech verb: the quote stays the words of the sentence's speaker.
        Assert.Equal("Janet Mayhew", Attribute(
            "en",
            "Councillor Peter Ashworth said the town faced \"a housing crisis\".",
            "\"The gunman shot at the crowd,\" said Janet Mayhew, who was there.").Speaker);
    }
}
