namespace ArticleGenTests.Parsing;

/// <summary>
/// "the prime minister" names the one person the article calls "Prime Minister", whether the title opens the sentence, follows
/// a nationality ("British Prime Minister") or comes after a comma; a deputy is another office. Found in the twenty-third
/// session: every "the prime minister" was left a description.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Prime Minister Jane Doe flew to Berlin on Monday.")]
    [InlineData("On Monday, Prime Minister Jane Doe flew to Berlin.")]
    [InlineData("British Prime Minister Jane Doe flew to Berlin on Monday.")]
    [InlineData("Deputy Prime Minister John Roe and Prime Minister Jane Doe flew to Berlin on Monday.")]
    public void The_prime_minister_is_the_one_given_that_title(string first)
    {
        Assert.Equal("Jane Doe", Attribute("en", first, "\"We will find a solution,\" the prime minister said.").Speaker);
    }
}
