namespace ArticleGenTests.Parsing;

/// <summary>
/// "The defendant, 34-year-old Mark Brown, told the court": lower-case words that only qualify a name ("34-year-old", "former
/// senator", "nurse") open an apposition that is still a name, and the name speaks; the rule for an apposition that says what
/// the subject is ("The governor, a Democrat, said") gave the description. A relative clause after a name ("said Brown, whose
/// son died") is no role. Found in the thirty-fourth session by a battery of cue shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"I'm innocent,\" the defendant, 34-year-old Mark Brown, told the court.", "Mark Brown")]
    [InlineData("en", "The defendant, 34-year-old Mark Brown, told the court: \"I'm innocent.\"", "Mark Brown")]
    [InlineData("en", "\"We won,\" the governor, former senator John Smith, said.", "John Smith")]
    [InlineData("fr", "Le maire, ancien professeur Jean Dupont, a déclaré : « Nous avons gagné. »", "Jean Dupont")]
    [InlineData("en", "\"I'm innocent,\" the defendant, Mark Brown, told the court.", "Mark Brown")] // passes before too
    [InlineData("en", "\"I'm innocent,\" the victim, nurse Jane Doe, told the court.", "Jane Doe")]
    public void A_name_after_its_qualifying_words_in_an_apposition_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("\"We won,\" the mayor, speaking to John Smith, said.")]
    [InlineData("\"We won,\" the mayor, an ally of John Smith, said.")]
    [InlineData("\"We won,\" the mayor, friend of John Smith, said.")]
    [InlineData("\"We won,\" the mayor, a Democrat, said.")]
    public void A_name_inside_a_phrase_about_the_subject_does_not_speak(string paragraph) // all pass before too: guards
    {
        Assert.Equal("the mayor", Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("\"It hurts,\" said Brown, whose son died in the crash.")]
    [InlineData("\"It's unacceptable,\" added Brown, who lives nearby.")] // passes before too
    public void A_relative_clause_after_the_name_is_no_role(string paragraph)
    {
        Assert.Equal(("Brown", (string?)null), Attribute("en", paragraph));
    }
}
