using System.Globalization;
using ArticleGen.Eval;

// Prints quote-extraction precision, recall and F1 and speaker accuracy over the evaluation corpus.
// given-right: of the quotes found with a speaker given, the share whose speaker is right.
// Usage: dotnet run --project tests/ArticleGen.Eval [-- --verbose] [-- --corpus <folder>] [-- --agreement <reference> <second>]
// --verbose prints each error of the seed and the dev set; the held-out set's errors are printed only
// with --verbose-heldout, so that tuning the rules on dev never shows what goes wrong on held-out text.
// --error-kinds adds, for every set, the count of wrong speakers by kind (counts only: no line of text).
// --agreement <reference folder> <second folder> scores a second hand annotation against the first instead.
// --constructions [file] scores the construction probes (tests/corpus/constructions) instead; --verbose lists the misses,
// --error-kinds counts them by kind (no passage shown: the way to look at an unseen probe set without reading it).
var verbose = args.Contains("--verbose") || args.Contains("--verbose-heldout");
var constructionsIndex = Array.IndexOf(args, "--constructions");
if (constructionsIndex >= 0)
{
    var file = constructionsIndex + 1 < args.Length && !args[constructionsIndex + 1].StartsWith("--", StringComparison.Ordinal)
        ? args[constructionsIndex + 1]
        : Path.Combine(AppContext.BaseDirectory, "corpus", "constructions", "constructions.json");
    if (!File.Exists(file))
    {
        Console.Error.WriteLine($"no such file: {file} (usage: --constructions [file] [--verbose])");
        return 2;
    }

    var results = Constructions.Score(file);
    foreach (var group in results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Prepend(results.GroupBy(_ => "all").Single()))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-4} {group.Count(),4} passages  speaker right {group.Count(r => r.Right),4}  accuracy {group.Count(r => r.Right) / (double)group.Count():0.000}"));
    }

    if (args.Contains("--error-kinds"))
    {
        // Counts only, as for the corpus sets: an unseen probe set's misses by kind, no passage shown.
        Console.WriteLine();
        Console.WriteLine($"wrong speakers by kind ({results.Count(r => !r.Right)})");
        foreach (var kind in results.Where(r => !r.Right).GroupBy(r => r.Kind!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Count(),5}  {kind.Key}"));
        }
    }

    if (verbose)
    {
        Console.WriteLine();
        foreach (var miss in results.Where(r => !r.Right))
        {
            Console.WriteLine("  " + miss.Line);
        }
    }

    return 0;
}

var agreementIndex = Array.IndexOf(args, "--agreement");
if (agreementIndex >= 0)
{
    if (agreementIndex + 2 >= args.Length)
    {
        Console.Error.WriteLine("usage: --agreement <reference folder> <second annotation folder> [--verbose]");
        return 2;
    }

    var agreement = Agreement.ScoreFolders(args[agreementIndex + 1], args[agreementIndex + 2]);
    Console.WriteLine("second annotation scored against the reference, as ArticleGen's output is");
    PrintTable(new List<(string Name, List<Score> Articles)> { ("agreement", agreement) }.Concat(ByLanguage("agreement", agreement)).ToList());
    if (verbose)
    {
        Console.WriteLine();
        foreach (var disagreement in agreement.SelectMany(a => a.Errors))
        {
            Console.WriteLine("  " + disagreement);
        }
    }

    return 0;
}


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
    rows.AddRange(ByLanguage(name, articles));
}

rows.Add(("all", sets.SelectMany(s => s.Articles).ToList()));
PrintTable(rows);

if (args.Contains("--error-kinds"))
{
    // Counts only, for every set (held-out included): where the wrong speakers come from, no text shown.
    foreach (var (name, articles) in rows)
    {
        var kinds = Score.Sum(name, articles).ErrorKinds;
        Console.WriteLine();
        Console.WriteLine($"{name.Trim()}: wrong speakers by kind ({kinds.Values.Sum()})");
        foreach (var kind in kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Value,5}  {kind.Key}"));
        }
    }
}

if (verbose)
{
    Console.WriteLine();
    foreach (var error in sets.Where(s => verboseHeldout || s.Name != "heldout").SelectMany(s => s.Articles).SelectMany(a => a.Errors))
    {
        Console.WriteLine("  " + error);
    }
}

return 0;

// A set's French and English parts, when it holds both.
static IEnumerable<(string Name, List<Score> Articles)> ByLanguage(string name, List<Score> articles)
{
    var languages = articles.Select(a => a.Language ?? "?").Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList();
    return languages.Count > 1
        ? languages.Select(language => ($"  {name} {language}", articles.Where(a => (a.Language ?? "?") == language).ToList()))
        : Enumerable.Empty<(string, List<Score>)>();
}

static void PrintTable(List<(string Name, List<Score> Articles)> rows)
{
    Console.WriteLine("set          articles  quotes  found  matched  precision  recall     F1  speaker-acc  given-right");
    foreach (var (name, articles) in rows)
    {
        var score = Score.Sum(name, articles);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-12} {1,8} {2,7} {3,6} {4,8} {5,10:0.000} {6,7:0.000} {7,6:0.000} {8,12:0.000} {9,12:0.000}",
            name, articles.Count, score.Expected, score.Predicted, score.Matched, score.Precision, score.Recall, score.F1, score.SpeakerAccuracy, score.GivenSpeakerPrecision));
    }
}
