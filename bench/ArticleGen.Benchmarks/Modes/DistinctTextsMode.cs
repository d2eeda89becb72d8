using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Emit;
using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGen.Pipeline;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--distinct [N] [rounds]</c>: why the generator over N different seed-sized articles gets fewer MB/s
/// than the parser on one text over and over. In one process, passes interleaved round by round: the N
/// texts parsed once each; the seed, and one of the texts, parsed N times; each text ten times in a row;
/// the N texts with every result kept to the end of the pass, as the driver keeps its step outputs; the
/// same with each article emitted too; and the generator's full run. For each: median time, MB/s,
/// allocations, GC pause and collections a pass. Then the time of a parse by how often the same text was
/// parsed just before (the first parse of a text against its eighth in a row).
/// </summary>
public static class DistinctTextsMode
{
    private sealed record Pass(string Name, long Bytes, Action Run)
    {
        public List<double> Milliseconds { get; } = new();

        public double PauseMilliseconds { get; set; }

        public long Allocated { get; set; }

        public int[] Collections { get; } = new int[3];
    }

    public static int Run(string[] args)
    {
        var count = ScaleMode.ParseCount(args, 1_000, "--distinct");
        var at = Array.IndexOf(args, "--distinct");
        var rounds = args.Length > at + 2 && int.TryParse(args[at + 2], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 10;

        var texts = Enumerable.Range(0, count).Select(SyntheticArticles.SeedSized).ToArray();
        var seed = SyntheticArticles.Seed;
        long Bytes(string text) => Encoding.UTF8.GetByteCount(text);
        var allBytes = texts.Sum(Bytes);

        var harness = new GeneratorHarness(count);
        var options = OptionsReader.Read(GeneratorHarness.Options, GeneratorHarness.ParseOptions, hasRuntime: true);
        var plan = IndexPlanner.Plan(harness.Texts.Select(t => new ArticleIdentity(t.Path, ArticleFiles.RelativePath(t.Path, GeneratorHarness.ProjectDir), null)).ToImmutableArray());
        var planned = harness.Texts.Select(t => plan.Find(t.Path)!).ToArray();
        var kept = new object[count * 2];

        var passes = new[]
        {
            new Pass($"{count:N0} distinct texts, once each", allBytes, () =>
            {
                foreach (var text in texts)
                {
                    ArticleParser.Parse(text, null, CancellationToken.None);
                }
            }),
            new Pass($"the seed, {count:N0} times", Bytes(seed) * count, () =>
            {
                for (var i = 0; i < count; i++)
                {
                    ArticleParser.Parse(seed, null, CancellationToken.None);
                }
            }),
            new Pass($"text 0, {count:N0} times", Bytes(texts[0]) * count, () =>
            {
                for (var i = 0; i < count; i++)
                {
                    ArticleParser.Parse(texts[0], null, CancellationToken.None);
                }
            }),
            new Pass($"{count / 10:N0} texts, 10 times each in a row", texts.Take(count / 10).Sum(Bytes) * 10, () =>
            {
                foreach (var text in texts.Take(count / 10))
                {
                    for (var k = 0; k < 10; k++)
                    {
                        ArticleParser.Parse(text, null, CancellationToken.None);
                    }
                }
            }),
            new Pass($"{count:N0} distinct texts, results kept", allBytes, () =>
            {
                for (var i = 0; i < count; i++)
                {
                    kept[i] = ArticleParser.Parse(texts[i], null, CancellationToken.None);
                }

                Array.Clear(kept);
            }),
            new Pass($"{count:N0} distinct texts, parsed and emitted, kept", allBytes, () =>
            {
                for (var i = 0; i < count; i++)
                {
                    var document = ArticleParser.Parse(texts[i], null, CancellationToken.None);
                    kept[2 * i] = document;
                    kept[2 * i + 1] = ArticleEmitter.Emit(document, planned[i], options);
                }

                Array.Clear(kept);
            }),
            new Pass($"generator, full run over the {count:N0}", allBytes, () => harness.RunFull()),
        };

        // Warm up every pass, so tiered JIT has promoted the hot code before any round is timed.
        foreach (var pass in passes)
        {
            pass.Run();
            pass.Run();
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var turn = 0; turn < passes.Length; turn++)
            {
                var pass = passes[round % 2 == 0 ? turn : passes.Length - 1 - turn];
                var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                var pause = GC.GetTotalPauseDuration();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                pass.Run();
                pass.Milliseconds.Add(clock.Elapsed.TotalMilliseconds);
                pass.Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
                pass.PauseMilliseconds += (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
                for (var g = 0; g < 3; g++)
                {
                    pass.Collections[g] += GC.CollectionCount(g) - collections[g];
                }
            }
        }

        Console.WriteLine($"# Distinct texts against repeated ones: {count:N0} seed-sized articles ({allBytes / 1e6:F2} MB), {rounds} interleaved rounds");
        Console.WriteLine("| pass | median | MB/s | allocated a pass | GC pause a pass | gen0/gen1/gen2 a pass |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var pass in passes)
        {
            var median = pass.Milliseconds.OrderBy(x => x).ElementAt(pass.Milliseconds.Count / 2);
            Console.WriteLine($"| {pass.Name} | {median:F1} ms | {pass.Bytes / 1e6 / (median / 1e3):F1} | {pass.Allocated / (double)rounds / 1e6:F1} MB | {pass.PauseMilliseconds / rounds:F1} ms | {string.Join("/", pass.Collections.Select(c => (c / (double)rounds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} |");
        }

        RepetitionCurve(texts.Take(Math.Min(count, 300)).ToArray());
        return 0;
    }

    /// <summary>
    /// Each text parsed eight times in a row, the time of each parse by its place in the row: a cache of
    /// the parser's own would make the second parse as fast as the last; hardware that learns the branches
    /// of the same bytes gets faster parse after parse. The same with a fresh copy of the text each time.
    /// </summary>
    private static void RepetitionCurve(string[] texts)
    {
        const int Row = 8;
        foreach (var copy in new[] { false, true })
        {
            var sums = new double[Row];
            for (var pass = 0; pass < 3; pass++)
            {
                foreach (var text in texts)
                {
                    for (var k = 0; k < Row; k++)
                    {
                        var input = copy ? new string(text.AsSpan()) : text;
                        var clock = Stopwatch.StartNew();
                        ArticleParser.Parse(input, null, CancellationToken.None);
                        sums[k] += clock.Elapsed.TotalMilliseconds;
                    }
                }
            }

            var parses = 3.0 * texts.Length;
            Console.WriteLine($"parse time by place in a row of {Row} parses of the same text{(copy ? " (a fresh copy each time)" : string.Empty)}: "
                + string.Join(", ", sums.Select((sum, k) => $"#{k + 1} {sum / parses * 1000:F0} µs")));
        }
    }
}
