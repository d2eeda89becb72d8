using System.Globalization;
using System.Text;

namespace ArticleGen.Emit;

/// <summary>
/// Escapes any text for the two places article content reaches C#: string literals and XML doc
/// comments. Whatever bytes an article holds, the result compiles and displays as written:
/// quotes, backslashes, line and paragraph separators, control and bidirectional characters, BOMs
/// and lone surrogates are all escaped.
/// </summary>
internal static class CSharpText
{
    /// <summary>Appends <paramref name="value"/> as a regular C# string literal, quotes included.</summary>
    public static void AppendLiteral(StringBuilder builder, string value) =>
        AppendLiteral(builder, value.ToCharArray(), value.Length);

    /// <summary>
    /// Appends the first <paramref name="length"/> characters of <paramref name="chars"/> as a regular C#
    /// string literal, quotes included: an article's pooled text, escaped from the buffer it was pooled in.
    /// </summary>
    public static void AppendLiteral(StringBuilder builder, char[] chars, int length)
    {
        builder.Append('"');
        AppendEscaped(builder, chars, length);
        builder.Append('"');
    }

    /// <summary>
    /// One bit per UTF-16 code unit, set where a literal keeps the character as it is: every character but
    /// the quote, the backslash and those <see cref="NeedsEscape"/> names. Read instead of testing each
    /// character in turn, since an article's accented letters, curly apostrophes and guillemets all took
    /// the long way through <see cref="NeedsEscape"/>; filled from it, so the two cannot disagree.
    /// </summary>
    private static readonly uint[] KeptAsIs = BuildKeptAsIs();

    private static uint[] BuildKeptAsIs()
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (c is not ('"' or '\\') && !NeedsEscape(c))
            {
                bits[code >> 5] |= 1u << (code & 31);
            }
        }

        return bits;
    }

    private static bool IsKeptInLiteral(char c) => (KeptAsIs[c >> 5] & (1u << (c & 31))) != 0;

    /// <summary>The inside of <see cref="AppendLiteral(StringBuilder, char[], int)"/>: the characters escaped, no quotes.</summary>
    private static void AppendEscaped(StringBuilder builder, char[] value, int length)
    {
        // Characters that need no escape are appended by runs, not one by one: an article's whole
        // text goes through here.
        var run = 0;
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            if (IsKeptInLiteral(c))
            {
                continue; // most characters
            }

            // Surrogates are never kept alone (NeedsEscape), but a whole pair is kept as written.
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            builder.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    AppendUnicodeEscape(builder, c);
                    break;
            }
        }

        builder.Append(value, run, length - run);
    }

    /// <summary>
    /// Appends <paramref name="value"/> as text for an XML doc comment on one line: markup characters
    /// escaped, line breaks turned into spaces, characters XML cannot hold (controls, lone surrogates)
    /// and invisible ones (bidi controls, BOM) replaced by U+FFFD, and cut to <paramref name="maxLength"/>
    /// with an ellipsis.
    /// </summary>
    public static void AppendXmlDoc(StringBuilder builder, string value, int maxLength = 200)
    {
        // As in a literal, characters that stay as they are are appended by runs, and found through
        // the bit table rather than NeedsEscape's dozen comparisons: a headline and three quotes a file.
        var length = 0;
        var run = 0;
        var i = 0;
        for (; i < value.Length && length < maxLength; i++, length++)
        {
            var c = value[i];
            if ((IsKeptInLiteral(c) || c is '"' or '\\') && c is not ('&' or '<' or '>'))
            {
                continue; // most characters
            }

            builder.Append(value, run, i - run);
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value, i, 2);
                i++;
                run = i + 1;
                continue;
            }

            run = i + 1;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                default: builder.Append('\uFFFD'); break; // NeedsEscape(c), since the table did not keep it
            }
        }

        builder.Append(value, run, i - run);
        if (length >= maxLength && value.Length > maxLength)
        {
            builder.Append('…');
        }
    }

    private static bool NeedsEscape(char c) =>
        c < ' '
        || (c >= '\u007F' && c <= '\u00A0' && c != '\u00A0')
        || c is '\u00AD' or '\u2028' or '\u2029' or '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF';

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
