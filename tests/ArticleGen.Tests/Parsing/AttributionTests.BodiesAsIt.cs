using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// "it" stands for a body the sentence before opens on (twenty-sixth session, read on dev misses): a name after "the"
/// ("The World Bank criticized the move. "…," it said"), which the subject search for people leaves out, the body a
/// spokesperson speaks for ("A spokesperson for Boeing said"), and the author of an opening statement ("A statement by the Brady Campaign was posted on Facebook. It said "…""). A pronoun never
/// stands for the headline's words ("Campaigner dies at 73": no one called Campaigner).
/// </summary>
public sealed partial class AttributionTests
{
    private static string? ItsSpeaker(string headline, string paragraph)
    {
        var article = ArticleParser.Parse($"Headline: {headline}\nLanguage: en\n\n{paragraph}");
        return SpeakerName(article, Assert.Single(article.Quotes));
    }

    [Theory]
    [InlineData("The Red Cross criticized the closure on Monday. \"We are heartbroken over the loss of this hospital,\" it said.", "Red Cross")]
    [InlineData("The World Health Organization posted a statement online. It said: \"We are heartbroken over the loss of this hospital.\"", "World Health Organization")]
    [InlineData("A spokesperson for Boeing said the planes were safe. \"We are heartbroken over the loss of this hospital,\" it said.", "Boeing")]
    public void It_stands_for_the_body_that_opens_the_sentence_before(string paragraph, string speaker)
    {
        Assert.Equal(speaker, ItsSpeaker("Hospital closes its doors", paragraph));
    }

    [Theory]
    [InlineData("Jane Roe has died. A statement by the Roe Foundation was posted on Facebook. It said \"We are heartbroken over the loss of our friend.\"")]
    [InlineData("Jane Roe has died. A statement from the Roe Foundation was read at the service. \"We are heartbroken over the loss of our friend,\" it said.")]
    public void It_after_a_statement_by_someone_is_the_author(string paragraph)
    {
        Assert.Equal("Roe Foundation", ItsSpeaker("Campaigner dies at 73", paragraph));
    }

    [Fact]
    public void A_pronoun_does_not_stand_for_a_word_of_the_headline()
    {
        Assert.Null(ItsSpeaker("Campaigner dies at 73", "The service was held on Monday. \"We are heartbroken over the loss of our friend,\" it said."));
    }
}
