// ArticleGen benchmarks. Modes:
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --quick            all benchmarks, Stopwatch medians, < 2 min
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --quick --with-10k also the 10,000-article generator runs
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --scale [N]        N articles (10,000): compile check, MB/s
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --memory [N]       memory the driver keeps after a full run
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --parse-loop [input] [s] one parser input in a loop (for a profiler)
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --emit-loop [N] [rounds] the emitter alone over N parsed articles (1,000, 20)
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --emit-shapes [N]  Emit cost of per-article declaration shapes (1,000)
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --ab OLD NEW [input] [rounds] [s]  two builds in one process, interleaved
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --generator-floor [N] [rounds] [--with-10k] [--names real]  ArticleGen vs floor generators (1,000, 10)
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --distinct [N] [rounds]  N distinct texts vs one repeated, results kept, GC (1,000, 10)
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --dump FILE [root]  every corpus text, probe and a synthetic set: diagnostics and emitted C#
//   dotnet run -c Release --project bench/ArticleGen.Benchmarks -- --filter '*'       BenchmarkDotNet (any BenchmarkSwitcher args)
using ArticleGen.Benchmarks.Benchmarks;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Benchmarks.Modes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

if (args.Contains("--quick"))
{
    return QuickMode.Run(args.Contains("--with-10k") ? new[] { 1, 100, 1_000, 10_000 } : new[] { 1, 100, 1_000 });
}

if (args.Contains("--parse-loop"))
{
    return ParseLoopMode.Run(args);
}

if (args.Contains("--emit-loop"))
{
    return EmitLoopMode.Run(args);
}

if (args.Contains("--ab"))
{
    return AbMode.Run(args);
}

if (args.Contains("--generator-floor"))
{
    return GeneratorFloorMode.Run(args);
}

if (args.Contains("--distinct"))
{
    return DistinctTextsMode.Run(args);
}

if (args.Contains("--emit-shapes"))
{
    return EmitShapesMode.Run(ScaleMode.ParseCount(args, 1_000, "--emit-shapes"));
}

if (args.Contains("--memory"))
{
    return MemoryMode.Run(ScaleMode.ParseCount(args, 10_000, "--memory"));
}

if (args.Contains("--dump"))
{
    return DumpMode.Run(args);
}

if (args.Contains("--scale"))
{
    return ScaleMode.Run(ScaleMode.ParseCount(args, 10_000));
}

var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn(InputBytes))
    // Reports go under bin/ (ignored by git), not into whatever folder the command was run from.
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args, config);
return 0;

// The UTF-8 input bytes of a benchmark case, for the MB/s column (parser and generator benchmarks).
static long? InputBytes(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase)
{
    var type = benchmarkCase.Descriptor.Type;
    foreach (var parameter in benchmarkCase.Parameters.Items)
    {
        if (type == typeof(ParserBenchmarks) && parameter.Name == nameof(ParserBenchmarks.Input))
        {
            return System.Text.Encoding.UTF8.GetByteCount(ParserBenchmarks.Text((string)parameter.Value));
        }

        if (type == typeof(GeneratorBenchmarks) && parameter.Name == nameof(GeneratorBenchmarks.Articles)
            && benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(GeneratorBenchmarks.Full))
        {
            var count = (int)parameter.Value;
            long bytes = 0;
            for (var i = 0; i < count; i++)
            {
                bytes += System.Text.Encoding.UTF8.GetByteCount(SyntheticArticles.SeedSized(i));
            }

            return bytes;
        }
    }

    return null;
}
