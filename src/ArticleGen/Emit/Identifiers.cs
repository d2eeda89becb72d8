using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Emit;

/// <summary>
/// How a file name becomes a C# identifier and a slug, predictably and the same on every machine
/// (file names are normalised to NFC first, as macOS stores them decomposed):
/// <list type="bullet">
/// <item>Words are the runs of letters and digits; everything else separates them.</item>
/// <item>Identifier: each word with its first letter upper-cased (invariant culture), joined;
/// <c>_</c> in front when it would start with a digit: <c>2016-alep.txt</c> → <c>_2016Alep</c>,
/// <c>la guerre.txt</c> → <c>LaGuerre</c>, <c>Alep2016.txt</c> → <c>Alep2016</c>.</item>
/// <item>Slug: the words lower-cased, accents removed, joined by <c>-</c>: <c>Été 2016.txt</c> → <c>ete-2016</c>.</item>
/// </list>
/// </summary>
internal static class Identifiers
{
    /// <summary>Members of the generated <c>Articles</c> class (and inherited ones) an article cannot be named.</summary>
    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Articles", "All", "BySlug", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    public static string FromFileName(string fileName)
    {
        var builder = new StringBuilder(fileName.Length);
        foreach (var word in Words(fileName))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, word.Length - 1);
        }

        if (builder.Length == 0)
        {
            return "_";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    public static string SlugFromFileName(string fileName)
    {
        var builder = new StringBuilder(fileName.Length);
        foreach (var word in Words(fileName))
        {
            if (builder.Length > 0)
            {
                builder.Append('-');
            }

            foreach (var c in word.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
        }

        return builder.Length == 0 ? "article" : builder.ToString();
    }

    /// <summary>
    /// Whether an explicit identifier (from item metadata) can be used as written. "__" is kept for
    /// the generated helpers (<c>__Alep2016</c>, <c>Index__</c>): no article identifier may contain it.
    /// </summary>
    public static bool IsValidExplicit(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier)
        && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None
        && identifier.IndexOf("__", StringComparison.Ordinal) < 0;

    private static List<string> Words(string fileName)
    {
        var name = fileName.Normalize(NormalizationForm.FormC);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var isWordChar = char.IsLetterOrDigit(c)
                || category is UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWordChar && !(current.Length == 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
