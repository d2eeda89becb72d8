using System.Reflection;
using ArticleGen.Parsing;
using ArticleGen.Parsing.Attribution;

namespace ArticleGenTests.Parsing;

/// <summary>
/// <see cref="WordSet"/> must answer as a <see cref="HashSet{T}"/> with <see cref="IgnoreCaseComparer"/> (what the
/// word lists were; <see cref="StringComparer.OrdinalIgnoreCase"/> for the abbreviations, the same equality): its
/// masks may only turn down words that no member equals.
/// </summary>
public sealed class WordSetTests
{
    [Fact]
    public void Every_word_set_answers_as_a_hash_set_with_the_ignore_case_comparer()
    {
        // Every WordSet of the parser: the word lists, and the sets of names, titles and filters beside them.
        var lists = typeof(WordLists).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(WordSet))
            .Select(field => (WordSet)field.GetValue(null)!)
            .ToList();
        Assert.True(lists.Count >= 30, $"{lists.Count} sets found");

        // Every member of every list, as written, in both cases and title case, and with each character
        // replaced by every Latin-1 and a few other characters: members, near misses and case variants.
        var probes = new HashSet<string>(StringComparer.Ordinal) { "", "x", "ſ", "K", "ı", "İ" };
        var replacements = Enumerable.Range(0, 256).Select(code => (char)code).Concat("ſıİKµßŒœ’‘".ToCharArray()).ToArray();
        foreach (var word in lists.SelectMany(list => list))
        {
            probes.Add(word);
            probes.Add(word.ToUpperInvariant());
            probes.Add(char.ToUpperInvariant(word[0]) + word.Substring(1));
            probes.Add(word + "s");
            for (var i = 0; i < word.Length; i++)
            {
                foreach (var c in replacements)
                {
                    probes.Add(word.Substring(0, i) + c + word.Substring(i + 1));
                }
            }
        }

        foreach (var list in lists)
        {
            var reference = new HashSet<string>(list, IgnoreCaseComparer.Instance);
            foreach (var probe in probes)
            {
                Assert.True(reference.Contains(probe) == list.Contains(probe), $"'{probe}'");
            }
        }
    }
}
