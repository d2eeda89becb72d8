using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// An English headline that opens on a quote, then a colon and who says it, subject first: "'We will win this election':
/// Trump tells rally" (found in the fifteenth session on a dev interview, "'Earth-based life can survive in hydrogen-rich
/// atmospheres': MIT professor Dr Seager tells Wikinews …").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("'Earth-based life can survive in hydrogen-rich atmospheres': MIT professor Dr Seager tells Wikinews about her research", "Sara Seager")]
    [InlineData("'We will win this election': Trump tells rally in Ohio", "Donald Trump")]
    [InlineData("\"We will win this election\": Trump says at rally in Ohio", "Donald Trump")]
    public void A_headline_quote_then_a_colon_and_who_says_it(string headline, string speaker)
    {
        var article = ArticleParser.Parse(headline + "\n\nSaturday, May 2, 2020\n\nPresident Donald Trump spoke in Ohio. Professor Sara Seager of MIT studies planets.\n", "en");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, SpeakerName(article, quote));
    }

    [Fact]
    public void A_headline_quote_then_a_colon_and_no_speech_verb_names_nobody()
    {
        // (Passes before too.) "'Too little, too late': reactions to the budget": no one says it after the colon.
        var article = ArticleParser.Parse("'Too little and far too late': reactions to the new budget\n\nSaturday, May 2, 2020\n\nThe budget was published on Friday.\n", "en");
        var quote = Assert.Single(article.Quotes);
        Assert.True(quote.SpeakerIndex < 0);
    }
}
