namespace ArticleGenTests.Parsing;

/// <summary>
/// After a quote, a relative aside between the subject and its verb is passed over: ""I was terrified," Smith, who has lived
/// in the town for 20 years, told the BBC" gave no speaker, where only a full name had been read past a long apposition.
/// Thirty-third session, from a battery of news shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"I was terrified,\" Smith, who has lived in the town for 20 years, told the BBC.", "Smith")]
    [InlineData("en", "\"I was terrified,\" the woman, who asked not to be named, told the BBC.", "the woman")]
    [InlineData("en", "\"I was terrified,\" one resident, who asked not to be named, said.", "one resident")]
    [InlineData("en", "\"I was terrified,\" John Smith, who has lived in the town for 20 years, said.", "John Smith")] // passes before too
    [InlineData("fr", "« J'ai eu peur », Jean Dupont, qui vit dans la ville depuis 20 ans, a raconté.", "Jean Dupont")] // passes before too
    public void A_relative_aside_before_the_verb_after_a_quote_is_passed_over(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
