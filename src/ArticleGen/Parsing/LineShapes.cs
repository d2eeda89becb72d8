namespace ArticleGen.Parsing;

/// <summary>
/// What single lines look like: bullets, titles, sentence ends. These few predicates are the
/// judgement calls of the format; they are kept together so each can be read and tuned in one place.
/// </summary>
internal static class LineShapes
{
    /// <summary>Characters that open a bulleted section heading (<c>  • Title</c>).</summary>
    private const string Bullets = "•▪■◦●►▶-*";

    /// <summary>If <paramref name="line"/> starts with a bullet and a space, the index where the heading's text starts.</summary>
    public static bool TryBullet(string line, out int textStart) => TryBullet(line, 0, line.Length, out textStart);

    /// <summary>
    /// <see cref="TryBullet(string, out int)"/> for the characters [<paramref name="start"/>, <paramref name="end"/>)
    /// of <paramref name="text"/>, read in place (a line of the file's text, with no string of its own);
    /// <paramref name="textStart"/> counts from <paramref name="start"/>.
    /// </summary>
    public static bool TryBullet(string text, int start, int end, out int textStart)
    {
        textStart = 0;
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i + 1 >= end || Bullets.IndexOf(text[i]) < 0 || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        i++;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        textStart = i - start;
        return i < end;
    }

    /// <summary>
    /// A line that reads as an article's title: one line, at most 30 words and 250 characters, with
    /// a letter, not ending like a sentence of prose (a period, comma, colon, semicolon) — a title may
    /// end with "?", "!" or a closing quote mark.
    /// </summary>
    public static bool IsTitle(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 250 || CountWords(text) > 30 || !HasLetter(text))
        {
            return false;
        }

        var last = text[text.Length - 1];
        return last is not ('.' or ',' or ':' or ';' or '|') || text.EndsWith("...", System.StringComparison.Ordinal);
    }

    /// <summary>
    /// A short line printed on its own as a section heading between paragraphs: at most 12 words and
    /// 100 characters, starting with a capital or a digit, with no closing punctuation at all.
    /// </summary>
    public static bool IsShortHeading(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 100 || CountWords(text) > 12)
        {
            return false;
        }

        var first = text[0];
        if (!(char.IsUpper(first) || char.IsDigit(first)))
        {
            return false;
        }

        var last = text[text.Length - 1];
        return char.IsLetterOrDigit(last) || last is ')';
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }

    /// <summary>Words for <c>WordCount</c>: runs of non-space characters holding at least one letter or digit.</summary>
    /// <remarks>
    /// Every paragraph and caption is read whole here, so the loop has no branch on the text: each
    /// character's class bits (<see cref="Attribution.CharClass.Of"/>, a Latin-1 table read) update the count
    /// and the run's state arithmetically. Same count as testing <see cref="char.IsWhiteSpace(char)"/> and then
    /// <see cref="char.IsLetterOrDigit(char)"/> on each character: no character is both.
    /// </remarks>
    public static int CountContentWords(string text)
    {
        var count = 0;
        var counted = 0; // 1 once the current run of non-space characters has been counted, else 0
        foreach (var c in text)
        {
            var kind = Attribution.CharClass.Of(c); // 1 white space, 2 letter, 4 digit
            var letterOrDigit = ((kind >> 1) | (kind >> 2)) & 1;
            count += letterOrDigit & ~counted;
            counted = (counted | letterOrDigit) & ~kind; // white space (bit 0) ends the run
        }

        return count;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
