namespace ArticleGenTests.Parsing;

/// <summary>
/// "For what it's worth, …", "For example, …", "Pour l'instant, …" are idioms, not "Pour X, « … »" (whose view the sentence
/// gives): "For what it's worth, I was at the forum, and a Chinese student sitting next to me said "…"" gave "what it's
/// worth" (found in the fifteenth session on a Global Voices dev post).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "For what it's worth, I was at the forum the other night, and a Chinese student sitting next to me said \"the moral tone of this discussion seems strange to us\".", "a Chinese student sitting next to me")]
    [InlineData("en", "For example, the mayor said \"the moral tone of this discussion seems strange to us\".", "the mayor")]
    [InlineData("fr", "Pour l'instant, le maire a déclaré : « Nous attendons les conclusions de l'enquête ».", "le maire")]
    public void An_idiom_after_for_names_no_source(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void For_and_a_name_still_gives_the_source()
    {
        // (Passes before too.)
        Assert.Equal("Nicolas Dupont-Aignan", Attribute("fr", "Pour Nicolas Dupont-Aignan, « c'est une trahison pure et simple ».").Speaker);
    }
}
