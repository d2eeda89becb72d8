namespace ArticleGenTests.Parsing;

/// <summary>
/// A person's initials after a title and a preposition go with the person ("with Indian Defense Minister A. K. Antony
/// giving a talk"), so "Antony said" later is "A. K. Antony", not "K. Antony". Found in the nineteenth session on a new dev
/// batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "India, too, is flexing its military muscle, with Indian Defense Minister A. K. Antony giving a talk on Saturday.", "\"India is ready to play its role,\" Antony said.", "A. K. Antony")]
    [InlineData("en", "The talk was given by Defense Minister A. K. Antony on Saturday.", "\"India is ready to play its role,\" Antony said.", "A. K. Antony")]
    public void Initials_after_a_title_go_with_the_person(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
