using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ArticleGen.Benchmarks.Inputs;

/// <summary>
/// The two compilations the Emit benchmark compares, on the same N synthetic articles: the one the
/// generator produces (its trees added by the driver), and the floor, the same article texts as one
/// <c>const string</c> each in a class and nothing else. Both trees are parsed once here; the
/// benchmark measures binding and emitting (each iteration emits a fresh clone of the compilation,
/// since a compilation caches what it bound).
/// </summary>
public sealed class EmitInputs
{
    public EmitInputs(int count)
    {
        Harness = new GeneratorHarness(count);
        var driver = Harness.CreateDriver().RunGeneratorsAndUpdateCompilation(Harness.Compilation, out var generated, out var diagnostics);
        GeneratorDiagnostics = diagnostics.Length;
        Generated = (CSharpCompilation)generated;
        GeneratedBytes = driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString())));

        var floor = new StringBuilder();
        floor.Append("internal static class Floor\n{\n");
        for (var i = 0; i < Harness.Texts.Length; i++)
        {
            floor.Append("    internal const string A").Append(i).Append(" = ");
            floor.Append(SymbolDisplay.FormatLiteral(Harness.Texts[i].GetText()!.ToString(), quote: true));
            floor.Append(";\n");
        }

        floor.Append("}\n");
        Floor = GeneratorHarness.CreateCompilation(
            "Floor" + count,
            Harness.Compilation.SyntaxTrees.Append(CSharpSyntaxTree.ParseText(floor.ToString(), GeneratorHarness.ParseOptions, "Floor.cs")).ToArray());
    }

    public GeneratorHarness Harness { get; }

    public CSharpCompilation Generated { get; }

    public CSharpCompilation Floor { get; }

    public int GeneratorDiagnostics { get; }

    public long GeneratedBytes { get; }

    public static EmitResult Emit(Compilation compilation, out long peBytes)
    {
        using var stream = new MemoryStream();
        var result = compilation.Clone().Emit(stream);
        peBytes = stream.Length;
        return result;
    }
}
