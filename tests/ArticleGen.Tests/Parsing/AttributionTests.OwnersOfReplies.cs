namespace ArticleGenTests.Parsing;

/// <summary>
/// "Ressa's reply was blunt: "…"", "Her message was clear: "…"", "Ressa's response: "…"": the owner of a reply or a message,
/// opening the lead-in, speaks; gave no one. Not when the owner is the object of the clause's verb ("Robtel Pailey reflects on
/// Charles Taylor's reaction:"). Thirty-third session, from a battery of blog-style shapes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Ressa's reply was blunt: \"The censors have won.\"", "Ressa")]
    [InlineData("Ressa's message was clear: \"The censors have won.\"", "Ressa")]
    [InlineData("Ressa's response: \"The censors have won.\"", "Ressa")]
    [InlineData("Maria Ressa was defiant. Her message was clear: \"The censors have won.\"", "Maria Ressa")] // passes before too (the sentence before)
    [InlineData("Robtel Pailey reflects on Charles Taylor's reaction: \"What it signifies for me is the need to act.\"", "Robtel Pailey")] // passes before too
    public void The_owner_of_a_reply_opening_the_lead_in_speaks(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
