namespace ArticleGenTests.Parsing;

/// <summary>
/// "As Zeinobia puts it: "…"", ""…," as Zeinobia puts it": the present of "put it" is a speech verb as its past was ("As
/// Johnson put it, "…""). Thirty-third session, from a battery of blog-style shapes; one dev quote right ("as this editorial
/// puts it").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("As Zeinobia puts it: \"The censors have won.\"", "Zeinobia")]
    [InlineData("\"The censors have won,\" as Zeinobia puts it.", "Zeinobia")]
    [InlineData("As Zeinobia put it, \"the censors have won\".", "Zeinobia")] // passes before too
    public void Puts_it_is_a_speech_verb(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
