namespace ArticleGenTests.Parsing;

/// <summary>
/// A remark or statement that "came from" someone ("est venue de") is theirs: "One of the first criticisms came from Daniel
/// Fernández, bishop of the Diocese of Jujuy: "…"" (twenty-sixth session, a dev miss).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "One of the first criticisms came from Anna Ruiz, bishop of the diocese:\n\n\"The church made its view known from the start.\"", "Anna Ruiz")]
    [InlineData("fr", "La réaction la plus vive est venue de Jean Dupont, maire de Lille : « C'est une honte pour la ville. »", "Jean Dupont")]
    public void A_remark_that_came_from_someone_is_theirs(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }
}
