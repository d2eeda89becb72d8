namespace ArticleGenTests.Parsing;

/// <summary>
/// "A statement from the club read: "…"": the statement's own verb before the colon is no part of its author, who was "the
/// club read". Thirty-third session, from a battery of news shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("A statement from the club read: \"We are saddened by the news.\"", "the club")]
    [InlineData("A statement from the club said: \"We are saddened by the news.\"", "the club")]
    [InlineData("A statement from the club: \"We are saddened by the news.\"", "the club")] // passes before too
    [InlineData("A statement from Manchester United read: \"We are saddened by the news.\"", "Manchester United")] // passes before too
    public void A_statements_verb_before_the_colon_is_not_its_authors(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
