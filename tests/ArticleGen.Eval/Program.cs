using System.Globalization;
using ArticleGen.Eval;

// Prints quote-extraction precision, recall and F1 and speaker accuracy over the evaluation corpus.
// Usage: dotnet run --project tests/ArticleGen.Eval [-- --verbose] [-- --corpus <folder>]
// --verbose prints each error of the seed and the dev set; the held-out set's errors are printed only
// with --verbose-heldout, so that tuning the rules on dev never shows what goes wrong on held-out text.
var verbose = args.Contains("--verbose") || args.Contains("--verbose-heldout");
var verboseHeldout = args.Contains("--verbose-heldout");
var corpusIndex = Array.IndexOf(args, "--corpus");
var corpus = corpusIndex >= 0 && corpusIndex + 1 < args.Length ? args[corpusIndex + 1] : Path.Combine(AppContext.BaseDirectory, "corpus");
var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

var sets = new List<(string Name, List<Score> Articles)>
{
    ("seed (fr)", File.Exists(Path.Combine(seeds, "Alep2016.expected.json")) ? QuoteEvaluation.ScoreFolder(seeds) : new List<Score>()),
    ("dev", QuoteEvaluation.ScoreFolder(Path.Combine(corpus, "dev"))),
    ("heldout", QuoteEvaluation.ScoreFolder(Path.Combine(corpus, "heldout"))),
};

// Each set, then its French and English parts when it holds both, then everything.
var rows = new List<(string Name, List<Score> Articles)>();
foreach (var (name, articles) in sets)
{
    rows.Add((name, articles));
    var languages = articles.Select(a => a.Language ?? "?").Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList();
    if (languages.Count > 1)
    {
        rows.AddRange(languages.Select(language => ($"  {name} {language}", articles.Where(a => (a.Language ?? "?") == language).ToList())));
    }
}

rows.Add(("all", sets.SelectMany(s => s.Articles).ToList()));
Console.WriteLine("set          articles  quotes  found  matched  precision  recall     F1  speaker-acc");
foreach (var (name, articles) in rows)
{
    var score = Score.Sum(name, articles);
    Console.WriteLine(string.Format(
        CultureInfo.InvariantCulture,
        "{0,-12} {1,8} {2,7} {3,6} {4,8} {5,10:0.000} {6,7:0.000} {7,6:0.000} {8,12:0.000}",
        name, articles.Count, score.Expected, score.Predicted, score.Matched, score.Precision, score.Recall, score.F1, score.SpeakerAccuracy));
}

if (verbose)
{
    Console.WriteLine();
    foreach (var error in sets.Where(s => verboseHeldout || s.Name != "heldout").SelectMany(s => s.Articles).SelectMany(a => a.Errors))
    {
        Console.WriteLine("  " + error);
    }
}
