namespace ArticleGenTests.Parsing;

/// <summary>
/// "Le projet, a estimé Jean Dupont, est « une honte »", "The plan, said John Smith, was "a disgrace"": an incise between two
/// commas inside the narrator's clause before a quote names who speaks; the clause's subject ("Le projet", "The plan") is what
/// was spoken of, and no role ("The plan, John Smith said," gave the role "plan"). A speech verb of the clause after the
/// incise keeps the quote for its own subject. Found in the thirty-fourth session by a battery of partial quotes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le projet, a estimé Jean Dupont, est « une honte pour la ville ».", "Jean Dupont")]
    [InlineData("en", "The plan, said John Smith, was \"a disgrace to the city\".", "John Smith")]
    [InlineData("en", "The plan, John Smith said, was \"a disgrace to the city\".", "John Smith")]
    [InlineData("en", "The decision, Mary Jones argues, reflects \"a short-term vision\".", "Mary Jones")] // passes before too
    public void An_incise_inside_the_clause_names_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal((speaker, (string?)null), Attribute(language, paragraph));
    }

    [Fact]
    public void A_speech_verb_of_the_clause_after_the_incise_keeps_the_quote() // passes before too: a guard
    {
        Assert.Equal("Jane Doe", Attribute("en", "Jane Doe, John Smith said, called the plan \"a disgrace to the city\".").Speaker);
    }
}
