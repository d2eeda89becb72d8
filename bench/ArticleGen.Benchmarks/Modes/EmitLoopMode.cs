using System.Collections.Immutable;
using System.Diagnostics;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Emit;
using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGen.Pipeline;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--emit-loop [N] [rounds] [--allocations]</c>: the emitter alone. Parses N seed-sized articles once (1,000), then
/// times <see cref="ArticleEmitter.Emit"/> over all of them, round after round (20), and prints the median
/// time of a round and the bytes allocated an article (with <c>--allocations</c>, which types allocate most). The emitter's share of a generator run is too small
/// for <c>--ab … gen1000</c> to see a change in it through that run's noise.
/// </summary>
public static class EmitLoopMode
{
    public static int Run(string[] args)
    {
        var count = ScaleMode.ParseCount(args, 1_000, "--emit-loop");
        var at = Array.IndexOf(args, "--emit-loop");
        var rounds = args.Length > at + 2 && int.TryParse(args[at + 2], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 20;

        var harness = new GeneratorHarness(count);
        var options = OptionsReader.Read(GeneratorHarness.Options, GeneratorHarness.ParseOptions, hasRuntime: true);
        var plan = IndexPlanner.Plan(harness.Texts.Select(t => new ArticleIdentity(t.Path, ArticleFiles.RelativePath(t.Path, GeneratorHarness.ProjectDir), null)).ToImmutableArray());
        var planned = harness.Texts.Select(t => plan.Find(t.Path)!).ToArray();
        var documents = Enumerable.Range(0, count).Select(i => ArticleParser.Parse(SyntheticArticles.SeedSized(i), null, CancellationToken.None)).ToArray();

        long EmitAll()
        {
            long chars = 0;
            for (var i = 0; i < count; i++)
            {
                chars += ArticleEmitter.Emit(documents[i], planned[i], options).Text.Length;
            }

            return chars;
        }

        // Warm up first, so tiered JIT has promoted the emitter before the clock starts.
        var warmup = Stopwatch.StartNew();
        long generated = 0;
        while (warmup.Elapsed.TotalSeconds < 2)
        {
            generated = EmitAll();
        }

        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        var milliseconds = new List<double>();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            EmitAll();
            milliseconds.Add(clock.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)rounds / count;
        milliseconds.Sort();
        Console.WriteLine($"emit {count:N0} articles ({generated / count:N0} characters generated each): median {milliseconds[rounds / 2]:F2} ms a round (min {milliseconds[0]:F2}, max {milliseconds[^1]:F2}), {allocated / 1024:N1} KB allocated an article");
        sampler?.PrintTop(10);

        return 0;
    }
}
