using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// The language guess counts function words ignoring case, with a table for ASCII words and an in-place
/// test for words of Latin-1 letters ("été" is the lists' only non-ASCII word): these pin what each path
/// counts, and that an accented look-alike of a function word counts for nothing.
/// </summary>
public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("Été, ÉTÉ, été.", "fr")] // the Latin-1 path: three French words
    [InlineData("LES dans, Pour AVEC qui.", "fr")] // ASCII words in any case
    [InlineData("THE Said WITH from, on the été.", "en")] // six English words against one French
    [InlineData("Été, ÉTÉ, été, the, THE, and, of, to.", null)] // 3 against 5: neither has twice the other
    [InlineData("Où, même, déjà, très, près.", null)] // Latin-1 words that are no function words
    [InlineData("Lés dès thé ĺe ţhe.", null)] // accented look-alikes, in Latin-1 and beyond it, count for nothing
    [InlineData("Ledans theand saidwith, lesquels.", null)] // longer words holding function words count for nothing
    public void Guesses_from_function_words_ignoring_case(string paragraph, string? language)
    {
        Assert.Equal(language, ArticleParser.Parse(paragraph).Language);
    }
}
