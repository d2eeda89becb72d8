using ArticleGen.Benchmarks.Inputs;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks.Benchmarks;

/// <summary>
/// The whole generator through <see cref="GeneratorDriver"/> on N seed-sized synthetic articles:
/// a full run (new driver: every article read, parsed, emitted, and the generated files parsed by
/// the driver) and an incremental run after one article is edited (the driver that already ran,
/// with one AdditionalText replaced). The target is edit ≤ 2 % of full at 10,000 articles.
/// The drivers are immutable, so each iteration starts from the same state.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorHarness _harness = null!;
    private GeneratorDriver _ran = null!;
    private GeneratorDriver _edited = null!;

    [Params(1, 100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _harness = new GeneratorHarness(Articles);
        _ran = _harness.RunFull();
        var index = Articles / 2;
        _edited = _ran.ReplaceAdditionalText(_harness.Texts[index], _harness.Edited(index, 1));
        Check(_ran.GetRunResult(), Articles);
        Check(_edited.RunGenerators(_harness.Compilation).GetRunResult(), Articles);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Full() => _harness.RunFull();

    [Benchmark]
    public GeneratorDriver EditOne() => _edited.RunGenerators(_harness.Compilation);

    /// <summary>Fails the run if the generator did not emit one file per article plus the index, or reported an error.</summary>
    public static void Check(GeneratorDriverRunResult result, int articles)
    {
        var generated = result.Results.Sum(r => r.GeneratedSources.Length);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null || errors > 0 || generated != articles + 1)
        {
            throw new InvalidOperationException($"The generator produced {generated} files for {articles} articles, {errors} errors: {exception?.ToString() ?? string.Join("; ", result.Diagnostics.Take(5))}");
        }
    }
}
