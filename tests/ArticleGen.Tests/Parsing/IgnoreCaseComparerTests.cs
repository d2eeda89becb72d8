using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// <see cref="IgnoreCaseComparer"/> must be exactly <see cref="StringComparer.OrdinalIgnoreCase"/>: the
/// word lists' answers (and so every attribution) depend on it. Its equality defers to the framework;
/// these tests prove its hash agrees, character by character, over the whole BMP.
/// </summary>
public sealed class IgnoreCaseComparerTests
{
    private static readonly StringComparer Framework = StringComparer.OrdinalIgnoreCase;

    [Fact]
    public void Every_BMP_character_folds_with_exactly_the_characters_ordinal_ignore_case_calls_equal()
    {
        // Group every non-surrogate BMP character by its fold.
        var groups = new Dictionary<char, List<char>>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var fold = IgnoreCaseComparer.Fold(c);
            if (!groups.TryGetValue(fold, out var members))
            {
                groups.Add(fold, members = new List<char>());
            }

            members.Add(c);
        }

        // Within a group, every member equals the group's first: the fold merges nothing the framework keeps apart.
        foreach (var members in groups.Values)
        {
            var first = members[0].ToString();
            foreach (var member in members)
            {
                Assert.True(Framework.Equals(first, member.ToString()), $"U+{(int)member:X4} folds with U+{(int)first[0]:X4} but is not equal to it");
            }
        }

        // Across groups, no two representatives are equal: the fold splits nothing the framework joins.
        // Equal strings have equal framework hashes, so only representatives sharing a hash need comparing.
        foreach (var sameHash in groups.Values.Select(members => members[0].ToString()).GroupBy(Framework.GetHashCode))
        {
            var representatives = sameHash.ToList();
            for (var i = 0; i < representatives.Count; i++)
            {
                for (var j = i + 1; j < representatives.Count; j++)
                {
                    Assert.False(
                        Framework.Equals(representatives[i], representatives[j]),
                        $"U+{(int)representatives[i][0]:X4} and U+{(int)representatives[j][0]:X4} are equal but fold apart");
                }
            }
        }
    }

    [Theory]
    [InlineData("\u0131", "I")] // dotless ı: its upper case is I, but ordinal casing leaves it out
    [InlineData("\u0131", "i")]
    [InlineData("\u017F", "S")] // long ſ: ICU upper-cases it to S, ordinal casing does not
    [InlineData("\u017F", "s")]
    [InlineData("\u212A", "K")] // Kelvin sign: lower-cases to k, but is its own upper case
    [InlineData("\u212A", "k")]
    [InlineData("\u00DF", "SS")] // ß: no simple upper case
    [InlineData("\u00DF", "\u1E9E")] // ß and capital ẞ
    [InlineData("\u00B5", "\u039C")] // micro sign and Greek capital mu: equal
    [InlineData("\u00B5", "\u03BC")] // micro sign and Greek small mu: equal
    [InlineData("\u00FF", "\u0178")] // ÿ and Ÿ (outside Latin-1): equal
    [InlineData("l’", "L’")]
    [InlineData("l’", "l'")]
    [InlineData("ÉTÉ", "été")]
    [InlineData("d’après", "D’APRÈS")]
    [InlineData("\U00010428", "\U00010400")] // Deseret small and capital long I: one code point as a surrogate pair
    [InlineData("a\U00010428", "A\U00010400")]
    [InlineData("\uD801", "\uD801")] // a lone surrogate
    [InlineData("\uD801x", "\uDC00x")]
    public void The_known_traps_agree_with_the_framework(string x, string y)
    {
        var comparer = IgnoreCaseComparer.Instance;
        var equal = Framework.Equals(x, y);
        Assert.Equal(equal, comparer.Equals(x, y));
        Assert.Equal(equal, comparer.Equals(y, x));
        if (equal)
        {
            Assert.Equal(comparer.GetHashCode(x), comparer.GetHashCode(y));
        }

        // And a set built with it finds what the framework's set finds.
        Assert.Equal(new HashSet<string>(new[] { x }, Framework).Contains(y), new HashSet<string>(new[] { x }, comparer).Contains(y));
    }

    [Fact]
    public void The_traps_fold_as_ordinal_ignore_case_compares_them()
    {
        Assert.NotEqual(IgnoreCaseComparer.Fold('I'), IgnoreCaseComparer.Fold('\u0131'));
        Assert.NotEqual(IgnoreCaseComparer.Fold('S'), IgnoreCaseComparer.Fold('\u017F'));
        Assert.NotEqual(IgnoreCaseComparer.Fold('K'), IgnoreCaseComparer.Fold('\u212A'));
        Assert.Equal(IgnoreCaseComparer.Fold('\u03BC'), IgnoreCaseComparer.Fold('\u00B5'));
        Assert.Equal(IgnoreCaseComparer.Fold('\u0178'), IgnoreCaseComparer.Fold('\u00FF'));
        Assert.Equal('\u00DF', IgnoreCaseComparer.Fold('\u00DF'));
    }
}
