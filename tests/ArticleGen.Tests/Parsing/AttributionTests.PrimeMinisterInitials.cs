namespace ArticleGenTests.Parsing;

/// <summary>
/// "the PM said" after "Prime Minister Rishi Sunak" gave a body named "PM": the office's initials are a title ("PM Rishi
/// Sunak") and stand for the prime minister the article names. Found in the thirty-fourth session by a battery of headlines
/// and offices.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Prime Minister Rishi Sunak spoke on Monday.", "\"We will get through this,\" the PM said.", "Rishi Sunak")]
    [InlineData("Rishi Sunak, the prime minister, spoke on Monday.", "\"We will get through this,\" the PM said.", "Rishi Sunak")]
    public void The_PM_is_the_prime_minister_named_before(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Theory]
    [InlineData("\"We will get through this,\" said PM Rishi Sunak.", "Rishi Sunak")] // passes before too
    [InlineData("\"We will get through this,\" the PM said.", "the PM")]
    [InlineData("At 5 PM John Smith said: \"We will get through this.\"", "John Smith")] // passes before too: a time is no title
    public void PM_is_a_title(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
