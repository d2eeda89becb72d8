namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/>, <see cref="char.IsLetterOrDigit(char)"/> and <see cref="char.IsLetter(char)"/>
/// with one table read for Latin-1 characters, the tokeniser's (and the word count's) commonest case by far: the framework's own
/// tests go through the character's Unicode category, a call per character of every window the rules
/// tokenise. The table is filled from those very methods, so it answers as they do; other characters
/// are asked of them directly.
/// </summary>
internal static class CharClass
{
    private const byte WhiteSpace = 1;
    private const byte Letter = 2;
    private const byte Digit = 4;

    private static readonly byte[] Latin1 = Build();

    public static bool IsWhiteSpace(char c) => c < 256 ? (Latin1[c] & WhiteSpace) != 0 : char.IsWhiteSpace(c);

    public static bool IsLetter(char c) => c < 256 ? (Latin1[c] & Letter) != 0 : char.IsLetter(c);

    public static bool IsLetterOrDigit(char c) => c < 256 ? (Latin1[c] & (Letter | Digit)) != 0 : char.IsLetterOrDigit(c);

    /// <summary>
    /// The class bits of <paramref name="c"/>: 1 white space, 2 letter, 4 digit. For callers that combine
    /// them arithmetically instead of branching on each test (<see cref="LineShapes.CountContentWords"/>).
    /// </summary>
    public static int Of(char c) => c < 256 ? Latin1[c] : Classify(c);

    private static byte Classify(char c) =>
        (byte)((char.IsWhiteSpace(c) ? WhiteSpace : 0) | (char.IsLetter(c) ? Letter : 0) | (char.IsDigit(c) ? Digit : 0));

    private static byte[] Build()
    {
        var table = new byte[256];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = Classify((char)c);
        }

        return table;
    }
}
