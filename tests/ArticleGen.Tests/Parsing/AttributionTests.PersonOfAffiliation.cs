namespace ArticleGenTests.Parsing;

/// <summary>
/// "said John Smith of the University of Oxford", "said Rep. Peter King of New York": a person's name, then "of"/"from"/"at"
/// and a body or a place; the person speaks, where the body or the place was given. The person is told by a known given name
/// (titles before it are the role); the older form, a name opening the chain before an organisation's word, still holds.
/// Thirty-third session, from a battery of names written for it; the dev corpus holds a handful ("said Bruce Riedel of the
/// Brookings Institution"). And "the Archbishop of Canterbury Rowan Williams": the see is no part of the name.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"It is over,\" said John Smith of the University of Oxford.", "John Smith")]
    [InlineData("\"It is over,\" said Rep. Peter King of New York.", "Peter King")]
    [InlineData("\"It is over,\" said Governor Andrew Cuomo of New York.", "Andrew Cuomo")]
    [InlineData("\"It is over,\" said Inspector Jane Smith of Scotland Yard.", "Jane Smith")]
    [InlineData("\"It is over,\" said Ryan Cloutier of the Harvard Kennedy School.", "Ryan Cloutier")]
    [InlineData("\"It is over,\" said Aaron David Miller of the Woodrow Wilson Center.", "Aaron David Miller")] // passes before too
    [InlineData("\"It is over,\" said Sen. John McCain of Arizona.", "John McCain")] // passes before too
    [InlineData("\"It is over,\" said Bishop of London Richard Chartres.", "Richard Chartres")] // passes before too
    [InlineData("\"It is over,\" said the Archbishop of Canterbury Rowan Williams.", "Rowan Williams")]
    public void A_person_before_of_and_a_body_speaks(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void The_body_after_the_persons_of_is_the_role()
    {
        Assert.Equal(("John Smith", "University of Oxford"), Attribute("en", "\"It is over,\" said John Smith of the University of Oxford."));
    }
}
