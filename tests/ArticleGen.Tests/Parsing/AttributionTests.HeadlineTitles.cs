using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Headlines name a speaker by a bare title ("says mayor of flooded town", "Mayor vows:") or sign the quote after a dash
/// ("'We will rebuild' — Springfield mayor Jane Doe"); the article then names the person in full. Found in the
/// twenty-second session with a sweep of headline shapes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("'We will rebuild,' says mayor of flooded town")]
    [InlineData("Mayor vows: 'We will rebuild'")]
    [InlineData("'We will rebuild' — Springfield mayor Jane Doe")]
    [InlineData("'We will rebuild' - Jane Doe")]
    public void A_headline_speaker_by_title_or_signature_is_the_person_the_article_names(string headline)
    {
        var article = ArticleParser.Parse(headline + "\n\nMonday, May 4, 2020\n\nThe town was flooded on Sunday. Mayor Jane Doe of Springfield said the town would recover.\n", "en");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Jane Doe", SpeakerName(article, quote));
    }

    [Fact]
    public void A_headline_title_two_people_hold_stays_as_written()
    {
        // (Passes before too.) Two mayors: "mayor" is neither.
        var article = ArticleParser.Parse("Mayor vows: 'We will rebuild'\n\nMonday, May 4, 2020\n\nMayor Jane Doe of Springfield and Mayor John Roe of Shelbyville met on Sunday.\n", "en");
        var quote = Assert.Single(article.Quotes);
        Assert.NotEqual("Jane Doe", SpeakerName(article, quote));
        Assert.NotEqual("John Roe", SpeakerName(article, quote));
    }

    [Fact]
    public void A_dash_before_words_that_are_no_name_signs_nothing()
    {
        // (Passes before too.)
        var article = ArticleParser.Parse("'We will rebuild' — a town counts its losses\n\nMonday, May 4, 2020\n\nThe town was flooded on Sunday.\n", "en");
        var quote = Assert.Single(article.Quotes);
        Assert.True(quote.SpeakerIndex < 0);
    }
}
