using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// An interview whose questions carry the interviewer's label and whose answers are plain paragraphs: the interviewer's
/// "you" is the person the headline says is interviewed (found in the fifteenth session on the Kokesh interview in dev,
/// "Wikinews interviews 2020 US Libertarian Party presidential candidate Adam Kokesh").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Wikinews interviews 2020 US Libertarian Party presidential candidate Adam Kokesh", "Adam Kokesh")]
    [InlineData("Wikinews interviews Don Blankenship, U.S. Constitution Party presidential nominee", "Don Blankenship")]
    public void The_interviewers_you_is_the_person_the_headline_says_is_interviewed(string headline, string speaker)
    {
        var article = ArticleParser.Parse(
            headline + "\n\nSaturday, September 7, 2019\n\n"
            + "((WN)) On your website you state \"American troops abroad will be immediately brought home in a responsible manner.\"  Can you clarify?\n\n"
            + "Yes. The troops will come home within a year.\n", "en");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, SpeakerName(article, quote));
    }

    [Fact]
    public void A_headline_that_says_no_one_is_interviewed_names_no_one()
    {
        // (Passes before too.)
        var article = ArticleParser.Parse(
            "Libertarian Party picks its candidate\n\nSaturday, September 7, 2019\n\n"
            + "((WN)) On your website you state \"American troops abroad will be immediately brought home in a responsible manner.\"  Can you clarify?\n\n"
            + "Yes. The troops will come home within a year.\n", "en");
        Assert.True(Assert.Single(article.Quotes).SpeakerIndex < 0);
    }
}
