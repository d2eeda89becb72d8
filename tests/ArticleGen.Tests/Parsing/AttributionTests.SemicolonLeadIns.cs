namespace ArticleGenTests.Parsing;

/// <summary>
/// A semicolon right before a standalone quote leads into it as a colon does: the person opening the clause before it
/// speaks. Found in the eighteenth session on a new dev batch ("Air France lawyer Fernand Garnault, an aviation specialist,
/// was adamant that Continental did play the main role; "[i]t is clear …"" had no speaker).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_semicolon_before_a_standalone_quote_leads_into_it()
    {
        Assert.Equal("Fernand Garnault", Attribute(
            "en",
            "Air France lawyer Fernand Garnault, an aviation specialist, was adamant that Continental did play the main role in the accident; \"[i]t is clear that a piece from a Continental plane fell on the runway. This is my personal conviction.\"").Speaker);
    }

    [Fact]
    public void A_semicolon_before_a_woven_fragment_is_no_lead_in()
    {
        // (Passes before too: the guard.) A partial quote after a semicolon is read by the other rules: here, nobody speaks.
        Assert.Null(Attribute("en", "The plane was overloaded; \"a scheduled sweep\" of the runway was cancelled.").Speaker);
    }
}
