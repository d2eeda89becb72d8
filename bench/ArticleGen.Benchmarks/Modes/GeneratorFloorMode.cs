using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Emit;
using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGen.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--generator-floor [N] [rounds] [--with-10k]</c>: how much of ArticleGen's generator run is
/// Roslyn's driver rather than ArticleGen, measured instead of assumed. On the same N seed-sized
/// articles, compilation and options as <see cref="GeneratorHarness"/>, it times a full run and a
/// one-article edit of ArticleGen, of floor A (<see cref="ConstPerFileGenerator"/>: each text as a
/// const in a file of its own, no parse) and of floor B (<see cref="PrecomputedSourceGenerator"/>:
/// ArticleGen's own generated files, computed beforehand), plus ArticleParser.Parse of the N texts
/// without any driver. The loops are interleaved round by round, so the noise of a shared machine
/// hits all alike; prints the medians over the rounds and the median of the per-round ratios.
/// Also timed, outside the runs: parsing each run's generated files, which the driver leaves to the
/// compiler (its syntax trees are lazy). <c>--with-10k</c> adds floor A at 10,000 articles.
/// <c>--names real</c> names the files like real articles (<see cref="SyntheticArticles.RealFileName"/>,
/// lengths that vary) instead of <c>ArticleNNNNN.txt</c> (one length: the worst case for the driver's
/// hint-name checks, which cost most of an edit run).
/// </summary>
public static class GeneratorFloorMode
{
    private static readonly TimeSpan FullTimePerRound = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan EditTimePerRound = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(1);

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--generator-floor");
        var count = ScaleMode.ParseCount(args, 1_000, "--generator-floor");
        var rounds = args.Length > at + 2 && int.TryParse(args[at + 2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : 10;
        var realNames = args.SkipWhile(a => a != "--names").Skip(1).FirstOrDefault() == "real";
        Func<int, string> fileName = realNames ? SyntheticArticles.RealFileName : SyntheticArticles.FileName;
        var total = Stopwatch.StartNew();
        Console.OutputEncoding = Encoding.UTF8;
        Console.WriteLine($"# Generator floor: {count:N0} seed-sized articles, {rounds} interleaved rounds, files named {(realNames ? "like real articles (--names real)" : "ArticleNNNNN.txt")}");
        Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(GeneratorDriver).Assembly.GetName().Version}, load average at start: {LoadAverage()}");

        var harness = new GeneratorHarness(count, fileName: fileName);
        var articleGen = new Variant("ArticleGen", () => new ArticleGenerator().AsSourceGenerator(), count + 1, OnlyErrorsFail: true);
        var floorA = new Variant("floor A: const per file", () => new ConstPerFileGenerator().AsSourceGenerator(), count);
        var change = EditedArticle(harness);
        var texts = harness.Texts.Select(t => t.GetText()!.ToString()).ToArray();
        var parserAlone = new Alone(() => texts.Select(t => ArticleParser.Parse(t, null, CancellationToken.None)).ToList(), new List<double>());
        var (floorB, floorC, floorD) = FloorsBToD(harness, change);
        var results = Measure(harness, change, new[] { articleGen, floorA, floorB, floorC, floorD }, rounds, parserAlone);
        Print(harness, results);
        var parse = Median(parserAlone.Rounds);
        Console.WriteLine($"ArticleParser.Parse of the {count:N0} texts alone (no driver, no emit): {parse:F1} ms ({parserAlone.Rounds.Min():F1}–{parserAlone.Rounds.Max():F1}), {harness.InputBytes / 1e6 / (parse / 1e3):F1} MB/s");

        Console.WriteLine();
        Console.WriteLine("| ratio | of the medians | per round: median (min–max) |");
        Console.WriteLine("| --- | ---: | ---: |");
        Ratio("full: ArticleGen / floor A", results[0].FullRounds, results[1].FullRounds);
        Ratio("full: ArticleGen / floor B", results[0].FullRounds, results[2].FullRounds);
        Ratio("full: floor A / ArticleGen (A's share)", results[1].FullRounds, results[0].FullRounds);
        Ratio("full: floor B / ArticleGen (B's share)", results[2].FullRounds, results[0].FullRounds);
        Ratio("full: ArticleParser.Parse alone / ArticleGen (the parser's share)", parserAlone.Rounds, results[0].FullRounds);
        Ratio("edit: ArticleGen / floor B", results[0].EditRounds, results[2].EditRounds);
        Ratio("edit: floor C / floor B (walking ArticleGen's pipeline nodes)", results[3].EditRounds, results[2].EditRounds);
        Ratio("edit: floor D / floor C (parsing the edited article, every model kept)", results[4].EditRounds, results[3].EditRounds);
        Ratio("edit: ArticleGen / floor C (reading, parsing, emitting the edited article)", results[0].EditRounds, results[3].EditRounds);

        if (args.Contains("--with-10k"))
        {
            const int Big = 10_000;
            Console.WriteLine();
            Console.WriteLine($"## Floor A only, {Big:N0} articles, {rounds} rounds");
            var bigHarness = new GeneratorHarness(Big, fileName: fileName);
            Print(bigHarness, Measure(bigHarness, EditedArticle(bigHarness), new[] { floorA with { ExpectedSources = Big } }, rounds));
        }

        Console.WriteLine();
        Console.WriteLine($"load average at end: {LoadAverage()}; took {total.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>
    /// A generator under test: its name, a fresh instance for each driver, how many files it must
    /// produce, and whether it may report diagnostics that are not errors (ArticleGen's infos; the floors report none).
    /// </summary>
    private sealed record Variant(string Name, Func<ISourceGenerator> Create, int ExpectedSources, bool OnlyErrorsFail = false);

    /// <summary>
    /// Each round's times (ms) of a full run, of parsing the files it generated (not part of the run),
    /// and of an edit run; the bytes a full run allocates, the bytes and diagnostics it generates.
    /// </summary>
    private sealed record Result(Variant Variant, List<double> FullRounds, List<double> TreeParseRounds, List<double> EditRounds, double AllocatedBytes, long GeneratedBytes, int Diagnostics);

    /// <summary>Something timed on its own in the same rounds (ArticleGen's parser without the driver), and its time (ms) each round.</summary>
    private sealed record Alone(Func<object> Action, List<double> Rounds);

    /// <summary>
    /// Floors B, C and D with ArticleGen's sources: ArticleGen run once on the articles and once with the edited
    /// one, each article's file found by the hint name ArticleGen's own planner gives its path.
    /// Checks that the floors then generate exactly the same texts as ArticleGen (B and C both runs, D the first).
    /// </summary>
    private static (Variant B, Variant C, Variant D) FloorsBToD(GeneratorHarness harness, (AdditionalText Old, AdditionalText Edited) change)
    {
        var (old, edit) = change;
        var ran = harness.RunFull();
        var editRan = ran.ReplaceAdditionalText(old, edit).RunGenerators(harness.Compilation);
        var plan = IndexPlanner.Plan(harness.Texts.Select(t => new ArticleIdentity(t.Path, ArticleFiles.RelativePath(t.Path, GeneratorHarness.ProjectDir), null)).ToImmutableArray());
        var sources = new Dictionary<AdditionalText, PrecomputedSource>(ReferenceEqualityComparer.Instance);
        foreach (var text in harness.Texts.Append(edit))
        {
            var hintName = plan.Find(text.Path)?.HintName ?? throw new InvalidOperationException($"ArticleGen's planner has no file for {text.Path}.");
            sources.Add(text, new PrecomputedSource(hintName, SourceOf(ReferenceEquals(text, edit) ? editRan : ran, hintName)));
        }

        var index = new PrecomputedSource(IndexEmitter.HintName, SourceOf(ran, IndexEmitter.HintName));
        var floorB = new Variant("floor B: ArticleGen's bytes, precomputed", () => new PrecomputedSourceGenerator(sources, index).AsSourceGenerator(), harness.Texts.Length + 1);
        var floorRan = harness.CreateDriver(floorB.Create()).RunGenerators(harness.Compilation);
        SameSources(ran, floorRan);
        SameSources(editRan, floorRan.ReplaceAdditionalText(old, edit).RunGenerators(harness.Compilation));
        var floorC = new Variant("floor C: floor B through ArticleGen's pipeline shape", () => new PipelineShapeGenerator(sources, index).AsSourceGenerator(), harness.Texts.Length + 1);
        var shapeRan = harness.CreateDriver(floorC.Create()).RunGenerators(harness.Compilation);
        SameSources(ran, shapeRan);
        SameSources(editRan, shapeRan.ReplaceAdditionalText(old, edit).RunGenerators(harness.Compilation));
        var floorD = new Variant("floor D: floor C + each text parsed, its model kept", () => new PipelineShapeGenerator(sources, index, parse: true).AsSourceGenerator(), harness.Texts.Length + 1);
        SameSources(ran, harness.CreateDriver(floorD.Create()).RunGenerators(harness.Compilation));
        return (floorB, floorC, floorD);
    }

    private static Result[] Measure(GeneratorHarness harness, (AdditionalText Old, AdditionalText Edited) change, Variant[] variants, int rounds, Alone? alone = null)
    {
        var compilation = harness.Compilation;
        var (old, edit) = change;
        var edited = new GeneratorDriver[variants.Length];
        var generatedBytes = new long[variants.Length];
        var diagnostics = new int[variants.Length];
        for (var v = 0; v < variants.Length; v++)
        {
            var ran = harness.CreateDriver(variants[v].Create()).RunGenerators(compilation);
            Check(variants[v], ran.GetRunResult(), harness.Texts);
            generatedBytes[v] = ran.GetRunResult().Results.Sum(g => g.GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString())));
            diagnostics[v] = ran.GetRunResult().Diagnostics.Length;
            edited[v] = ran.ReplaceAdditionalText(old, edit);
            Check(variants[v], edited[v].RunGenerators(compilation).GetRunResult(), harness.Texts.Replace(old, edit));
        }

        // Warm each up (tiered JIT), and size its batches of a round from the warm-up times.
        var fullRuns = new int[variants.Length];
        var editRuns = new int[variants.Length];
        for (var v = 0; v < variants.Length; v++)
        {
            var (fullTime, editTime, runs) = (TimeSpan.Zero, TimeSpan.Zero, 0);
            var warmup = Stopwatch.StartNew();
            do
            {
                fullTime += Time(() => harness.CreateDriver(variants[v].Create()).RunGenerators(compilation));
                editTime += Time(() => edited[v].RunGenerators(compilation));
                runs++;
            }
            while (warmup.Elapsed < WarmupTime || runs < 3);

            fullRuns[v] = (int)Math.Clamp(FullTimePerRound / (fullTime / runs), 1, 20);
            editRuns[v] = (int)Math.Clamp(EditTimePerRound / (editTime / runs), 1, 10_000);
        }

        var results = variants.Select(v => new Result(v, new List<double>(), new List<double>(), new List<double>(), 0, 0, 0)).ToArray();
        var allocated = new long[variants.Length];
        var turns = new List<Action>();
        for (var v = 0; v < variants.Length; v++)
        {
            var (variant, result, driver, fulls, edits, at) = (variants[v], results[v], edited[v], fullRuns[v], editRuns[v], v);
            turns.Add(() =>
            {
                var (elapsed, parsing) = (TimeSpan.Zero, TimeSpan.Zero);
                for (var i = 0; i < fulls; i++)
                {
                    Collect();
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var clock = Stopwatch.StartNew();
                    var ran = harness.CreateDriver(variant.Create()).RunGenerators(compilation);
                    elapsed += clock.Elapsed;
                    allocated[at] += GC.GetTotalAllocatedBytes(precise: true) - before;
                    parsing += Time(() => ParseGeneratedTrees(ran));
                }

                result.FullRounds.Add(elapsed.TotalMilliseconds / fulls);
                result.TreeParseRounds.Add(parsing.TotalMilliseconds / fulls);
                Collect();
                result.EditRounds.Add(Time(() =>
                {
                    for (var i = 0; i < edits - 1; i++)
                    {
                        GC.KeepAlive(driver.RunGenerators(compilation));
                    }

                    return driver.RunGenerators(compilation);
                }).TotalMilliseconds / edits);
            });
        }

        if (alone is not null)
        {
            var warmup = Stopwatch.StartNew();
            while (warmup.Elapsed < WarmupTime)
            {
                alone.Action();
            }

            turns.Add(() =>
            {
                Collect();
                alone.Rounds.Add(Time(alone.Action).TotalMilliseconds);
            });
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var turn = 0; turn < turns.Count; turn++)
            {
                turns[(round + turn) % turns.Count]();
            }
        }

        return results.Select((result, v) => result with { AllocatedBytes = (double)allocated[v] / (rounds * fullRuns[v]), GeneratedBytes = generatedBytes[v], Diagnostics = diagnostics[v] }).ToArray();
    }

    /// <summary>
    /// Parses a run's generated files, as the compiler does after the generators ran: the driver
    /// itself only makes lazy syntax trees (<c>CSharpSyntaxTree.ParseTextLazy</c>), parsed on first use.
    /// </summary>
    private static long ParseGeneratedTrees(GeneratorDriver driver) =>
        driver.GetRunResult().GeneratedTrees.Sum(tree => (long)tree.GetRoot().FullSpan.Length);

    private static void Print(GeneratorHarness harness, Result[] results)
    {
        var mb = harness.InputBytes / 1e6;
        Console.WriteLine();
        Console.WriteLine($"input: {harness.Texts.Length:N0} articles, {mb:F2} MB of article text (UTF-8)");
        Console.WriteLine("| generator | files | diagnostics | generated MB | full run: median (min–max) | MB/s | allocated/full run | then parsing its files (compiler) | edit one article: median (min–max) | edit/full |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var (full, edit) = (Median(result.FullRounds), Median(result.EditRounds));
            Console.WriteLine(
                $"| {result.Variant.Name} | {result.Variant.ExpectedSources:N0} | {result.Diagnostics:N0} | {result.GeneratedBytes / 1e6:F2} | {full:F1} ms ({result.FullRounds.Min():F1}–{result.FullRounds.Max():F1}) | {mb / (full / 1e3):F1} | {result.AllocatedBytes / 1e6:F1} MB | {Median(result.TreeParseRounds):F1} ms | {edit:F3} ms ({result.EditRounds.Min():F3}–{result.EditRounds.Max():F3}) | {100 * edit / full:F2} % |");
        }
    }

    private static void Ratio(string name, List<double> numerator, List<double> denominator)
    {
        var perRound = numerator.Zip(denominator, (n, d) => n / d).ToList();
        Console.WriteLine($"| {name} | {Median(numerator) / Median(denominator):F3} | {Median(perRound):F3} ({perRound.Min():F3}–{perRound.Max():F3}) |");
    }

    /// <summary>The article the edit runs change (the middle one), and its edited text, as <see cref="QuickMode"/> edits it.</summary>
    private static (AdditionalText Old, AdditionalText Edited) EditedArticle(GeneratorHarness harness)
    {
        var index = harness.Texts.Length / 2;
        return (harness.Texts[index], harness.Edited(index, 1));
    }

    /// <summary>
    /// Fails loudly unless the run threw nothing, reported no diagnostic, and generated the expected
    /// files, each free of syntax errors; for floor A, unless its literals hold exactly the input texts.
    /// </summary>
    private static void Check(Variant variant, GeneratorDriverRunResult result, ImmutableArray<AdditionalText> inputs)
    {
        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToList();
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        var syntaxErrors = sources.SelectMany(s => s.SyntaxTree.GetDiagnostics()).ToList();
        var failing = result.Diagnostics.Count(d => !variant.OnlyErrorsFail || d.Severity == DiagnosticSeverity.Error);
        if (exception is not null || failing > 0 || sources.Count != variant.ExpectedSources || syntaxErrors.Count > 0)
        {
            throw new InvalidOperationException(
                $"{variant.Name}: {sources.Count} files generated, {variant.ExpectedSources} expected; {failing} failing diagnostics, {syntaxErrors.Count} syntax errors: "
                + (exception?.ToString() ?? string.Join("; ", result.Diagnostics.Concat(syntaxErrors).Take(5))));
        }

        if (variant.Create().GetGeneratorType() == typeof(ConstPerFileGenerator))
        {
            var literals = sources.Select(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token.ValueText);
            if (!literals.ToHashSet(StringComparer.Ordinal).SetEquals(inputs.Select(t => t.GetText()!.ToString())))
            {
                throw new InvalidOperationException($"{variant.Name}: its string literals are not the article texts (escaping).");
            }
        }
    }

    /// <summary>Fails loudly unless both runs generated the same files, byte for byte.</summary>
    private static void SameSources(GeneratorDriver expected, GeneratorDriver actual)
    {
        var want = expected.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, StringComparer.Ordinal);
        var got = actual.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
        var same = got.Count == want.Count && got.All(s => want.TryGetValue(s.HintName, out var w)
            && string.Equals(w.SourceText.ToString(), s.SourceText.ToString(), StringComparison.Ordinal)
            && Equals(w.SourceText.Encoding, s.SourceText.Encoding)
            && w.SourceText.GetChecksum().SequenceEqual(s.SourceText.GetChecksum()));
        if (!same)
        {
            throw new InvalidOperationException($"floor B generated {got.Count} files that differ from ArticleGen's {want.Count}.");
        }
    }

    private static string SourceOf(GeneratorDriver driver, string hintName) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == hintName).SourceText.ToString();

    private static TimeSpan Time(Func<object> action)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return clock.Elapsed;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(x => x).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
