namespace ArticleGenTests.Parsing;

/// <summary>
/// A role read before a name starts at its first word: not at a sign left after a number, nor at a conjunction of time ("Shares
/// fell 8% after chief executive Laura Bent warned": role "chief executive", not "% after chief executive"; twenty-seventh session).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Shares in the firm fell 8% after chief executive Laura Bent warned of \"difficult trading conditions ahead.\"", "Laura Bent", "chief executive")]
    [InlineData("fr", "L'action a chuté de 8 % après que la directrice générale Laura Bent a évoqué « des conditions difficiles ».", "Laura Bent", "directrice générale")]
    public void A_role_does_not_open_on_a_sign_or_a_conjunction(string language, string text, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute(language, text));
    }
}
