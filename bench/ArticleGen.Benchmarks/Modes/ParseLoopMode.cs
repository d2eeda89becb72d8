using System.Diagnostics;
using System.Text;
using ArticleGen.Benchmarks.Benchmarks;
using ArticleGen.Parsing;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--parse-loop [input] [seconds] [--allocations]</c>: parses one parser input over and over for a
/// while and prints the throughput (and, with <c>--allocations</c>, which types allocate most). Made to be run under a sampling profiler (dotnet-trace), where
/// BenchmarkDotNet's child processes and the quick mode's mix of benchmarks get in the way.
/// </summary>
public static class ParseLoopMode
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--parse-loop");
        var input = args.Length > at + 1 && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : "400KB";
        var seconds = args.Length > at + 2 ? double.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture) : 10;
        if (!ParserBenchmarks.Inputs.Contains(input))
        {
            Console.Error.WriteLine($"unknown input '{input}'; one of: {string.Join(", ", ParserBenchmarks.Inputs)}");
            return 2;
        }

        var text = ParserBenchmarks.Text(input);
        var bytes = Encoding.UTF8.GetByteCount(text);
        // Warm up first, so tiered JIT has promoted the hot code before the clock starts.
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < Math.Min(2, seconds / 4))
        {
            ArticleParser.Parse(text, null, CancellationToken.None);
        }

        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long parses = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            ArticleParser.Parse(text, null, CancellationToken.None);
            parses++;
        }

        Console.WriteLine($"{input}: {parses:N0} parses in {clock.Elapsed.TotalSeconds:F1} s, {bytes * (double)parses / 1e6 / clock.Elapsed.TotalSeconds:N1} MB/s, {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / parses / 1024.0:N1} KB allocated a parse");
        sampler?.PrintTop(15);

        return 0;
    }
}
