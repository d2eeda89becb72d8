using System.Text.Json;
using ArticleGen.Parsing;

namespace ArticleGen.Eval;

/// <summary>One expected quote of a ground-truth file.</summary>
public sealed record ExpectedQuote(string Text, string? Speaker, IReadOnlyList<string> Alternatives, bool Partial);

/// <summary>The figures of one article or one set of articles.</summary>
public sealed record Score(string Name, int Expected, int Predicted, int Matched, int SpeakersRight, IReadOnlyList<string> Errors)
{
    /// <summary>The article's language from its ground truth ("fr", "en"); null for a sum.</summary>
    public string? Language { get; init; }

    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Right speakers among the quotes found (a quote that is not found has no speaker to judge).</summary>
    public double SpeakerAccuracy => Matched == 0 ? 1 : (double)SpeakersRight / Matched;

    /// <summary>Quotes found to which a speaker is given (not null).</summary>
    public int SpeakersGiven { get; init; }

    /// <summary>Of <see cref="SpeakersGiven"/>, the right ones.</summary>
    public int GivenRight { get; init; }

    /// <summary>
    /// Wrong speakers counted by kind (<see cref="SpeakerErrorKinds"/>), for <c>--error-kinds</c>: totals
    /// that say where the rules fail on a set without printing a line of its text.
    /// </summary>
    public IReadOnlyDictionary<string, int> ErrorKinds { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// When a speaker is given, how often it is right: what a reader who trusts every shown speaker gets.
    /// A rule that gives no speaker rather than a wrong one raises this and leaves <see cref="SpeakerAccuracy"/> as it is.
    /// </summary>
    public double GivenSpeakerPrecision => SpeakersGiven == 0 ? 1 : (double)GivenRight / SpeakersGiven;

    public static Score Sum(string name, IEnumerable<Score> scores)
    {
        var list = scores.ToList();
        return new Score(name, list.Sum(s => s.Expected), list.Sum(s => s.Predicted), list.Sum(s => s.Matched), list.Sum(s => s.SpeakersRight), list.SelectMany(s => s.Errors).ToList())
        {
            SpeakersGiven = list.Sum(s => s.SpeakersGiven),
            GivenRight = list.Sum(s => s.GivenRight),
            ErrorKinds = list.SelectMany(s => s.ErrorKinds).GroupBy(k => k.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(k => k.Value), StringComparer.Ordinal),
        };
    }
}

/// <summary>
/// Scores ArticleGen's quotes against hand-written ground truth: a predicted quote matches an
/// expected one with the same text (white space and apostrophe forms normalised), each used once,
/// in order. The speaker is right when it equals the expected speaker or one of its alternatives
/// (case and apostrophe forms ignored).
/// </summary>
public static class QuoteEvaluation
{
    public static Score ScoreArticle(string name, string text, string expectedJson)
    {
        var (language, expected) = ReadExpected(expectedJson);
        var article = ArticleParser.Parse(text, language);
        foreach (var failure in article.Diagnostics.Where(d => d.Id is "ARTG024" or "ARTG025"))
        {
            // A bug caught by the parser's guards: say so even without --verbose (the figures are off).
            Console.Error.WriteLine($"{name}: {failure.Id} {string.Join(": ", failure.Arguments)}");
        }

        var predicted = article.Quotes.Select(q => (q.Text, Speaker: q.SpeakerIndex < 0 ? null : article.Speakers[q.SpeakerIndex].Name)).ToList();
        var used = new bool[expected.Count];
        var matched = 0;
        var speakersRight = 0;
        var speakersGiven = 0;
        var givenRight = 0;
        var errors = new List<string>();
        var errorKinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var quote in predicted)
        {
            var index = Enumerable.Range(0, expected.Count).FirstOrDefault(i => !used[i] && Same(expected[i].Text, quote.Text), -1);
            if (index < 0)
            {
                errors.Add($"{name}: extra quote «{Short(quote.Text)}» ({quote.Speaker ?? "no speaker"})");
                continue;
            }

            used[index] = true;
            matched++;
            var e = expected[index];
            speakersGiven += quote.Speaker is null ? 0 : 1;
            if (SameSpeaker(e, quote.Speaker))
            {
                speakersRight++;
                givenRight += quote.Speaker is null ? 0 : 1;
            }
            else
            {
                errors.Add($"{name}: speaker of «{Short(quote.Text)}» is {quote.Speaker ?? "none"}, expected {e.Speaker ?? "none"}");
                var kind = SpeakerErrorKinds.Of(e, quote.Speaker, expected, text) + (e.Partial ? ", partial quote" : ", standalone quote") + (name.Contains("interview", StringComparison.Ordinal) ? ", in an interview" : string.Empty);
                errorKinds[kind] = errorKinds.TryGetValue(kind, out var count) ? count + 1 : 1;
            }
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!used[i])
            {
                var skipped = article.SkippedQuotes.FirstOrDefault(s => Same(s.Text, expected[i].Text));
                errors.Add($"{name}: missed quote «{Short(expected[i].Text)}» ({expected[i].Speaker}){(skipped is null ? string.Empty : " — skipped as " + skipped.Reason)}");
            }
        }

        return new Score(name, expected.Count, predicted.Count, matched, speakersRight, errors) { Language = language, SpeakersGiven = speakersGiven, GivenRight = givenRight, ErrorKinds = errorKinds };
    }

    /// <summary>The language and the quotes of a ground-truth file (<c>name.expected.json</c>).</summary>
    public static (string? Language, List<ExpectedQuote> Quotes) ReadExpected(string expectedJson)
    {
        using var document = JsonDocument.Parse(expectedJson);
        var root = document.RootElement;
        var language = root.TryGetProperty("language", out var lang) ? lang.GetString() : null;
        var quotes = root.GetProperty("quotes").EnumerateArray().Select(q => new ExpectedQuote(
            q.GetProperty("text").GetString()!,
            q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
            q.TryGetProperty("speaker_alternatives", out var alts) ? alts.EnumerateArray().Select(a => a.GetString()!).ToList() : new List<string>(),
            q.TryGetProperty("partial", out var p) && p.GetBoolean())).ToList();
        return (language, quotes);
    }

    /// <summary>Every article of a corpus folder (<c>name.txt</c> beside <c>name.expected.json</c>).</summary>
    public static List<Score> ScoreFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.expected.json").OrderBy(f => f, StringComparer.Ordinal).Select(json =>
            {
                var name = Path.GetFileName(json)[..^".expected.json".Length];
                return ScoreArticle(name, File.ReadAllText(Path.Combine(folder, name + ".txt")), File.ReadAllText(json));
            }).ToList()
            : new List<Score>();

    /// <summary>The same quote text: white space and apostrophe forms normalised.</summary>
    internal static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    /// <summary>Whether <paramref name="actual"/> is the expected speaker or one of its alternatives (case and apostrophe forms ignored); null only for null.</summary>
    internal static bool SameSpeaker(ExpectedQuote expected, string? actual)
    {
        if (expected.Speaker is null || actual is null)
        {
            return expected.Speaker is null && actual is null;
        }

        return new[] { expected.Speaker }.Concat(expected.Alternatives).Any(s => string.Equals(Normalize(s), Normalize(actual), StringComparison.OrdinalIgnoreCase));
    }

    internal static string Normalize(string text) =>
        string.Join(' ', text.Replace('’', '\'').Split(new[] { ' ', '\u00A0', '\u202F', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
