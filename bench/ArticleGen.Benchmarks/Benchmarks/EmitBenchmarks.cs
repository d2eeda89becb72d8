using ArticleGen.Benchmarks.Inputs;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks.Benchmarks;

/// <summary>
/// <c>CSharpCompilation.Emit</c> to a MemoryStream of what the generator produced for 1,000
/// articles, against the floor: the same texts as bare <c>const string</c> fields. Target: ratio ≤ 1.5.
/// </summary>
[MemoryDiagnoser]
public class EmitBenchmarks
{
    private EmitInputs _inputs = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new EmitInputs(Articles);
        foreach (var compilation in new[] { _inputs.Generated, _inputs.Floor })
        {
            var result = EmitInputs.Emit(compilation, out _);
            if (!result.Success)
            {
                throw new InvalidOperationException(compilation.AssemblyName + " does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }
        }
    }

    [Benchmark(Baseline = true)]
    public bool Floor() => EmitInputs.Emit(_inputs.Floor, out _).Success;

    [Benchmark]
    public bool Generated() => EmitInputs.Emit(_inputs.Generated, out _).Success;
}
