using ArticleGen.Model;
using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A capitalised title right after its noun ("film", "documentary") or after "titled", ending on no sentence mark (a question
/// allowed after "titled"), is a title even when a comma after it made it read as a sentence of its own (twentieth session,
/// from the Global Voices dev batch: "the 1994 Russian film "Burnt by the Sun", where …"). Words after such a noun and a colon
/// are still a quote.
/// </summary>
public sealed class QuoteTitleBeforeCommaTests
{
    private static ArticleDocument Parse(string paragraph) => ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + paragraph);

    [Theory]
    [InlineData("He compared their situation to that of the protagonist of the 1994 Russian film \"Burnt by the Sun\", where a general is betrayed.")]
    [InlineData("Speculation points to the documentary \"Slavery: An 21st Century Evil\", highly critical of the system.")]
    [InlineData("In a post [ru] titled, \"The Bloody Sunday of the 21st Century,\" blogger Sparkman likened the violence to the 1905 massacre.")]
    [InlineData("In a post titled “Reasons why I Missed Miss Nepal 2012 and Consequences”, Sworup Shakya writes about the contest.")]
    [InlineData("Mr. Karácsony published the post titled \"What makes the state different from a bunch of gangsters?\" after the study's release.")]
    public void A_title_right_after_its_noun_is_no_quote(string paragraph)
    {
        var article = Parse(paragraph);
        Assert.Empty(article.Quotes);
        Assert.Equal("title of a work", Assert.Single(article.SkippedQuotes).Reason);
    }

    [Fact]
    public void A_question_after_a_works_noun_other_than_titled_stays_a_quote()
    {
        var article = Parse("He starred in the film \"Why would anyone ever want to leave this town?\" the critic asked.");
        Assert.Single(article.Quotes);
    }

    [Fact]
    public void Words_after_a_works_noun_and_a_colon_stay_a_quote()
    {
        var article = Parse("He wrote in the report: \"We found no evidence of wrongdoing,\" and left it there.");
        Assert.Equal("We found no evidence of wrongdoing,", Assert.Single(article.Quotes).Text);
    }
}
