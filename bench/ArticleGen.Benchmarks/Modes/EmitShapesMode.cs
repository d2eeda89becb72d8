using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--emit-shapes [N]</c>: what each kind of per-article declaration costs Roslyn's <c>Emit</c>, against
/// the issue's floor (the N article texts as one <c>const string</c> each in one class), to see which
/// generated shapes could meet "Emit ≤ 1.5 × the floor". Every shape holds the same N seed-sized
/// texts; the compilations are emitted in turn, round after round (10 warm-up rounds, then 20
/// measured), so machine noise hits all of them alike. Prints the median and the 25th–75th
/// percentiles of each, as a ratio to the floor's median.
/// </summary>
public static class EmitShapesMode
{
    private const int WarmupRounds = 10;
    private const int MeasuredRounds = 20;

    // The per-article runtime calls the shapes make; stubs, since only compile cost is measured.
    private const string Runtime = """
        public sealed class Article { }
        public static class Store
        {
            public static Article Get(ref Article? slot, System.Type data) => slot ??= new Article();
            public static Article ByName(string name) => new Article();
        }
        """;

    public static int Run(int count)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var texts = Enumerable.Range(0, count).Select(i => SymbolDisplay.FormatLiteral(SyntheticArticles.SeedSized(i), quote: true)).ToArray();

        // A layout string of the seed's length (about 600 characters of integers), the second constant ArticleGen writes.
        var layout = SymbolDisplay.FormatLiteral(string.Join(",", Enumerable.Range(0, 150).Select(i => (i * 37 % 3200).ToString(CultureInfo.InvariantCulture))), quote: true);

        var generated = new EmitInputs(count).Generated;
        var shapes = new (string Name, Compilation Compilation)[]
        {
            ("floor: one class, a const string per article", Compile("floor", OneFile(count, i => $"internal const string A{i} = {texts[i]};", "Floor"))),
            ("one class, one file: a property returning its literal per article", Compile("ldstr", OneFile(count, i => $"public static string A{i} => {texts[i]};", "Literals"))),
            ("one class, one file: text + layout constants + property per article", Compile("onefile", OneFile(count, i => $"internal const string A{i}__Text = {texts[i]}; internal const string A{i}__Layout = {layout}; public static Article A{i} => Store.ByName(\"A{i}\");", "Articles"))),
            ("one class, one file: nested class + property per article", Compile("onefileshape", OneFile(count, i => $"public static Article A{i} => Store.Get(ref __A{i}.Instance, typeof(__A{i})); private static class __A{i} {{ internal static Article? Instance; internal const string Text = {texts[i]}; internal const string Layout = {layout}; }}", "Articles"))),
            ("one file each, a class of its own per article (no partial)", Compile("ownclass", PerFile(count, i => $"public static class A{i} {{ internal static Article? Instance; internal const string Text = {texts[i]}; internal const string Layout = {layout}; public static Article Value => Store.Get(ref Instance, typeof(A{i})); }}"))),
            ("the same constants, one partial file each", Compile("split", PerFile(count, i => $"internal static partial class Floor {{ internal const string A{i} = {texts[i]}; }}"))),
            ("text + layout constants, one file each", Compile("data", PerFile(count, i => $"public static partial class Articles {{ internal const string A{i}__Text = {texts[i]}; internal const string A{i}__Layout = {layout}; }}"))),
            ("+ a nested class per article holding them", Compile("nested", PerFile(count, i => $"public static partial class Articles {{ private static class __A{i} {{ internal const string Text = {texts[i]}; internal const string Layout = {layout}; }} }}"))),
            ("+ a static readonly field per article", Compile("field", PerFile(count, i => $"public static partial class Articles {{ internal const string A{i}__Text = {texts[i]}; internal const string A{i}__Layout = {layout}; public static readonly Article A{i} = Store.ByName(\"A{i}\"); }}"))),
            ("+ a property per article (lookup by name)", Compile("property", PerFile(count, i => $"public static partial class Articles {{ internal const string A{i}__Text = {texts[i]}; internal const string A{i}__Layout = {layout}; public static Article A{i} => Store.ByName(\"A{i}\"); }}"))),
            ("+ both: nested class and property (ArticleGen's shape, stubbed)", Compile("shape", PerFile(count, i => $"public static partial class Articles {{ public static Article A{i} => Store.Get(ref __A{i}.Instance, typeof(__A{i})); private static class __A{i} {{ internal static Article? Instance; internal const string Text = {texts[i]}; internal const string Layout = {layout}; }} }}"))),
            ("ArticleGen's generated code", generated),
            ("the same, its doc comments not parsed (DocumentationMode.None)", WithoutDocumentation(generated)),
        };

        var times = shapes.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < WarmupRounds + MeasuredRounds; round++)
        {
            for (var s = 0; s < shapes.Length; s++)
            {
                var elapsed = TimeEmit(shapes[s].Compilation, shapes[s].Name);
                if (round >= WarmupRounds)
                {
                    times[s].Add(elapsed);
                }
            }
        }

        var floor = Percentile(times[0], 0.5);
        Console.WriteLine($"# Emit by declaration shape, {count:N0} seed-sized articles ({WarmupRounds} warm-up + {MeasuredRounds} measured rounds, interleaved)");
        Console.WriteLine($"{"shape",-66} {"median",9} {"× floor",8}  {"p25–p75 × floor",16}");
        for (var s = 0; s < shapes.Length; s++)
        {
            var median = Percentile(times[s], 0.5);
            Console.WriteLine($"{shapes[s].Name,-66} {median,6:F1} ms {median / floor,7:F2}×  {Percentile(times[s], 0.25) / floor,6:F2}–{Percentile(times[s], 0.75) / floor,4:F2}×");
        }

        return 0;
    }

    private static double TimeEmit(Compilation compilation, string name)
    {
        using var stream = new MemoryStream();
        var clone = compilation.Clone();
        var watch = Stopwatch.StartNew();
        var result = clone.Emit(stream);
        watch.Stop();
        if (!result.Success)
        {
            throw new InvalidOperationException($"{name} does not compile: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static Compilation WithoutDocumentation(CSharpCompilation compilation)
    {
        var options = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), options, t.FilePath)));
    }

    private static CSharpCompilation Compile(string name, IEnumerable<string> sources) =>
        GeneratorHarness.CreateCompilation(
            "Shape_" + name,
            sources.Prepend(Runtime).Select((source, k) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, $"Shape{k}.cs")).ToArray());

    private static IEnumerable<string> OneFile(int count, Func<int, string> member, string className)
    {
        var builder = new StringBuilder().Append("internal static class ").Append(className).Append("\n{\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("    ").Append(member(i)).Append('\n');
        }

        yield return builder.Append("}\n").ToString();
    }

    private static IEnumerable<string> PerFile(int count, Func<int, string> file) => Enumerable.Range(0, count).Select(file);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[(int)Math.Round(p * (sorted.Count - 1))];
    }
}
