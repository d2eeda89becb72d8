namespace ArticleGenTests.Parsing;

/// <summary>
/// "and" or "&amp;" before one last capitalised word, inside the name of a person's affiliation, closes that name: "Matthew
/// Ingram of The Globe and Mail said" is Matthew Ingram's, not "Mail"'s (dev en-hackers-attack-scientology-website, thirty-sixth
/// session), and "Jane Doe of Procter &amp; Gamble said" is not "Gamble"'s. Two words after "and" may be a second person and
/// stay read as before.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict: \"Scientology vs. the Internet, part XVII\".", "Matthew Ingram")]
    [InlineData("Matthew Ingram of The Globe and Mail said: \"This is a war.\"", "Matthew Ingram")]
    [InlineData("Speaking on Monday, Matthew Ingram of The Globe and Mail said the conflict was \"another small skirmish\".", "Matthew Ingram")]
    [InlineData("Jane Doe of Marks and Spencer said: \"This is a war.\"", "Jane Doe")]
    [InlineData("Jane Doe of Procter & Gamble said: \"This is a war.\"", "Jane Doe")]
    [InlineData("\"This is a war,\" said Matthew Ingram of The Globe and Mail.", "Matthew Ingram")] // passes before too
    [InlineData("John Smith of Leeds and Jane Doe said: \"This is a war.\"", "Jane Doe")] // passes before too: a guard
    public void And_closing_an_affiliations_name_opens_no_clause(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
