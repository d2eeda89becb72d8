using ArticleGen.Model;
using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A pair opened with a straight mark and closed with a curly one, or the other way round, is one quote ("La Provincia es
/// pionera …”): a scrape that mixes marks lost such quotes (twentieth session, from the Global Voices and AMALGUM dev batches).
/// Curly pairs nested in straight ones stay nested.
/// </summary>
public sealed class QuoteMixedPairTests
{
    private static ArticleDocument Parse(string paragraph) => ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + paragraph);

    [Theory]
    [InlineData("The minister said: \"The Province is a pioneer in guaranteeing these rights to everyone.” Others disagreed.")]
    [InlineData("The minister said: “The Province is a pioneer in guaranteeing these rights to everyone.\" Others disagreed.")]
    public void A_pair_of_mixed_marks_is_one_quote(string paragraph)
    {
        Assert.Equal("The Province is a pioneer in guaranteeing these rights to everyone.", Assert.Single(Parse(paragraph).Quotes).Text);
    }

    [Fact]
    public void A_curly_pair_inside_a_straight_one_stays_inside()
    {
        var article = Parse("He said: \"They called it “a historic mistake” and walked out of the room.\"");
        Assert.Equal("They called it “a historic mistake” and walked out of the room.", Assert.Single(article.Quotes).Text);
    }
}
