namespace ArticleGenTests.Parsing;

/// <summary>
/// The agent of "interrogé par", "asked by", "questioned by" is the one who asks, not the one who answers: "Interrogée par l'AFP,
/// Marie Dupont a refusé : « … »" is Marie Dupont's (twenty-seventh session; the agent had been read as a passive speech
/// verb's, as in "cité par X").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Interrogée par l'AFP, Marie Dupont a refusé de démissionner : « Il n'en est pas question. »", "Marie Dupont")]
    [InlineData("fr", "Questionné par Le Monde, Paul Martin a répondu sans détour : « Je ne partirai pas. »", "Paul Martin")]
    [InlineData("en", "Asked by Reuters, Jane Doe refused to resign: \"That is out of the question.\"", "Jane Doe")]
    [InlineData("en", "Questioned by the BBC, John Smith refused to apologise: \"I have nothing to regret.\"", "John Smith")]
    public void Whoever_asks_is_not_the_speaker(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }

    [Theory]
    [InlineData("fr", "Interrogée par l'AFP, la ministre a refusé de démissionner : « Il n'en est pas question. »", "AFP")]
    [InlineData("en", "Asked by Reuters, the minister refused to resign: \"That is out of the question.\"", "Reuters")]
    public void The_asker_is_not_given_when_no_one_else_is_named(string language, string text, string asker)
    {
        Assert.NotEqual(asker, Attribute(language, text).Speaker);
    }

    [Theory]
    [InlineData("fr", "Le projet a été qualifié de « dérive inquiétante » par Jean Dupont.", "Jean Dupont")]
    [InlineData("en", "The plan was described as \"a dangerous drift\" by John Smith.", "John Smith")]
    public void The_agent_of_a_describing_participle_still_speaks(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }
}
