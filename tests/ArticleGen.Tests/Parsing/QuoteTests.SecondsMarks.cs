using ArticleGen.Model;
using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A straight mark after minutes and seconds or feet and inches ("5'40":", "6'2"") is a unit, no quote mark: a video's
/// time codes no longer pair with the quotes around them (twentieth session, from the Global Voices dev batch). A quote that
/// closes after a number is still closed.
/// </summary>
public sealed class QuoteSecondsMarkTests
{
    private static ArticleDocument Parse(string paragraph) => ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + paragraph);

    [Fact]
    public void Time_codes_hold_no_quote_marks()
    {
        var article = Parse("5'40\": The township magistrate asked, \"Did the people on Orchid Island produce this nuclear waste?\" The crowd answered, \"It was Taiwan.\"");
        Assert.Equal(new[] { "Did the people on Orchid Island produce this nuclear waste?", "It was Taiwan." }, article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_height_holds_no_quote_mark()
    {
        var article = Parse("The 6'2\" forward said, \"We played our best game of the season tonight.\"");
        Assert.Equal("We played our best game of the season tonight.", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_quote_closing_after_a_number_still_closes()
    {
        var article = Parse("He said, \"The final score was 3-2\" and left the stadium.");
        Assert.Equal("The final score was 3-2", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void Seconds_and_hundredths_hold_no_quote_mark()
    {
        // (Twenty-fourth session, from a French one-pair article: "le 100m en 46"97." opened a quote «97.».)
        var article = ArticleParser.Parse("Headline: Test\nLanguage: fr\n\nNathan Adrian a nagé le 100m en 46\"97. « Notre série s'arrête », a déclaré Fabien Gilot.");
        Assert.Equal("Notre série s'arrête", Assert.Single(article.Quotes).Text);
    }
}
