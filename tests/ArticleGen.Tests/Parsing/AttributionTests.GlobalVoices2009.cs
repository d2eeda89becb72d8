using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-sixth session on the Global Voices posts of 2009 (rounds 6 and 7), each shape written again here with
/// other words: an owner's statement with a number or words before its noun, or "of" and a word after it, before the colon of
/// a lead-in ("Brown’s 64 words of support:"), and an owner's possessive that opens its sentence before a number is a name.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Prime Minister Helen Clark backs the campaign.\n\nClark’s 40 words of support:\n\n“We stand with the people who are asking for her release today.”")]
    [InlineData("Prime Minister Helen Clark backs the campaign.\n\nHelen Clark’s full statement:\n\n“We stand with the people who are asking for her release today.”")]
    [InlineData("Prime Minister Helen Clark backs the campaign. Here is Clark’s message of support: “We stand with the people who are asking for her release today.”")]
    public void An_owner_s_statement_with_words_around_its_noun_before_a_colon_is_theirs(string text)
    {
        var article = ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + text);
        Assert.Equal("Helen Clark", SpeakerName(article, Assert.Single(article.Quotes)));
    }

    [Fact]
    public void An_owner_s_statement_answered_is_not_the_owner_s()
    {
        var article = ArticleParser.Parse("Headline: Test\nLanguage: en\n\nMark Hill rejected Clark’s 40 words of support: “They change nothing for the people in prison today.”");
        Assert.Equal("Mark Hill", SpeakerName(article, Assert.Single(article.Quotes)));
    }
}
