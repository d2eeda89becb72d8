using System.Text.Json;
using ArticleGen.Parsing;

namespace ArticleGen.Eval;

/// <summary>
/// Speaker accuracy on short news passages written to exercise one construction each (tests/corpus/constructions):
/// a probe of common shapes of French and English news writing, not real articles. Each item names its quote and
/// the expected speaker, compared as the corpus compares them (case and apostrophe forms ignored, no alternatives).
/// </summary>
public static class Constructions
{
    /// <param name="Kind">For a wrong speaker, its kind (<see cref="SpeakerErrorKinds"/>), so an unseen set's misses can be counted unread.</param>
    public sealed record Result(string Id, string Language, bool Right, string Line, string? Kind);

    public static List<Result> Score(string file)
    {
        var results = new List<Result>();
        foreach (var item in JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var language = item.GetProperty("language").GetString()!;
            var paragraphs = item.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!);
            var quote = item.GetProperty("quote").GetString()!;
            var expected = item.GetProperty("speaker").GetString();

            // (A headline in lower case: a capitalised one, "Test", was taken for a speaker when the passage named none.)
            var article = ArticleParser.Parse($"Headline: passage\nLanguage: {language}\n\n" + string.Join("\n\n", paragraphs) + "\n", language);

            // The item's quote is the text between its marks, which for a quote running on over paragraphs
            // is the whole paragraph after the opening mark: the found quote equal to it, else inside it.
            var found = article.Quotes.FirstOrDefault(q => Key(q.Text) == Key(quote))
                ?? article.Quotes.FirstOrDefault(q => Key(quote).Contains(Key(q.Text), StringComparison.Ordinal) || Key(q.Text).Contains(Key(quote), StringComparison.Ordinal));
            var speaker = found is null ? null : found.SpeakerIndex < 0 ? null : article.Speakers[found.SpeakerIndex].Name;
            // An item with no speaker (a scare-quoted term, a title) is right when the quote is skipped, or found with no speaker.
            var right = found is null ? expected is null : QuoteEvaluation.SameSpeaker(new ExpectedQuote(quote, expected, Array.Empty<string>(), false), speaker);
            var shown = found is null ? "quote not found" : speaker ?? "none";
            var expectedQuote = new ExpectedQuote(quote, expected, Array.Empty<string>(), false);
            var kind = right ? null : found is null ? "quote not found" : SpeakerErrorKinds.Of(expectedQuote, speaker, new[] { expectedQuote }, string.Join("\n\n", paragraphs));
            results.Add(new Result(id, language, right, $"{id}: speaker of «{Short(quote)}» is {shown}, expected {expected ?? "none"}", kind));
        }

        return results;
    }

    private static string Key(string text) => string.Join(' ', text.Replace('’', '\'').Split(new[] { ' ', '\u00A0', '\u202F' }, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', ' ').ToLowerInvariant();

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
