namespace ArticleGenTests.Parsing;

/// <summary>
/// "The message from X, &lt;a long apposition&gt;, was clear: "…"": the statement's author speaks even when an apposition stands
/// between the author and the colon; the statement noun was looked for within eight words of the colon only (everyday-3 probe
/// en-g067, thirty-sixth session).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The message from Kathryn Ellis, director of children's services at Marford County Council, was clear: \"No school should be sending children home early.\"", "Kathryn Ellis")]
    [InlineData("A statement from the club, which was founded in 1878 and has never been relegated, read: \"We are devastated.\"", "the club")]
    [InlineData("The message from Kathryn Ellis was clear: \"No school should be sending children home early.\"", "Kathryn Ellis")] // passes before too
    public void A_statements_author_before_an_apposition_and_a_colon_speaks(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
