namespace ArticleGenTests.Parsing;

/// <summary>
/// English "wonder" and "threaten" are speech verbs, as French "s'interroger" and "menacer" were; "even" sits between a
/// subject and its verb as "also" does. Found in the fifteenth session on the Global Voices dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("While Weblog Bahamas' Edward Hutcheson wonders \"what the nation would look like now if a different choice was made in 1984\", others disagree.", "Edward Hutcheson")]
    [InlineData("The mayor threatened to \"shut down every bar in the city\" if the violence continued.", "The mayor")]
    [InlineData("After the melée (in which a policeman even threatened to \"call the riot police\"), the bike ride continues.", "a policeman")]
    public void Wondering_and_threatening_say_the_quote(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
