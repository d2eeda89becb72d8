using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Benchmarks.Inputs;

/// <summary>
/// What a build hands the generator, made in memory: a small compilation that references
/// ArticleGen.Runtime (without it the generator emits only ARTG-missing-runtime), the article files
/// as AdditionalTexts under <c>{ProjectDir}/Articles/</c>, and the MSBuild properties the package's
/// props make visible (<c>build_property.ProjectDir</c>, so the files under Articles/ are picked up).
/// </summary>
public sealed class GeneratorHarness
{
    public const string ProjectDir = "/bench/project/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location))
            .ToImmutableArray());

    /// <param name="count">How many articles.</param>
    /// <param name="articleText">The text of article i (default: <see cref="SyntheticArticles.SeedSized"/>).</param>
    /// <param name="fileName">The file name of article i (default: <see cref="SyntheticArticles.FileName"/>, all of one length).</param>
    public GeneratorHarness(int count, Func<int, string>? articleText = null, Func<int, string>? fileName = null)
    {
        articleText ??= SyntheticArticles.SeedSized;
        fileName ??= SyntheticArticles.FileName;
        var texts = ImmutableArray.CreateBuilder<AdditionalText>(count);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var text = articleText(i);
            bytes += Encoding.UTF8.GetByteCount(text);
            texts.Add(new InMemoryAdditionalText(ProjectDir + "Articles/" + fileName(i), text));
        }

        Texts = texts.MoveToImmutable();
        InputBytes = bytes;
        Compilation = CreateCompilation("Bench" + count, CSharpSyntaxTree.ParseText("internal static class Program { }", ParseOptions, "Program.cs"));
    }

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public ImmutableArray<AdditionalText> Texts { get; }

    public long InputBytes { get; }

    public CSharpCompilation Compilation { get; }

    public static AnalyzerConfigOptionsProvider Options { get; } = new OptionsProvider(new Dictionary<string, string>
    {
        ["build_property.ProjectDir"] = ProjectDir,
    });

    public static CSharpCompilation CreateCompilation(string assemblyName, params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

    /// <summary>A driver that has not run yet.</summary>
    public GeneratorDriver CreateDriver() => CreateDriver(new ArticleGenerator().AsSourceGenerator());

    /// <summary>A driver of another generator (the floors of <c>--generator-floor</c>), with the same inputs and options.</summary>
    public GeneratorDriver CreateDriver(ISourceGenerator generator) =>
        CSharpGeneratorDriver.Create(
            new[] { generator },
            Texts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A full run, as a build that starts cold: new driver, every article read, parsed and emitted.</summary>
    public GeneratorDriver RunFull() => CreateDriver().RunGenerators(Compilation);

    /// <summary>The article at <paramref name="index"/> with one word changed, as a user's edit.</summary>
    public AdditionalText Edited(int index, int edit)
    {
        var old = Texts[index];
        var text = old.GetText()!.ToString();
        var at = text.IndexOf("offensive", StringComparison.Ordinal);
        var changed = at < 0
            ? text + "Paragraphe ajouté numéro " + edit + ".\n"
            : text.Substring(0, at) + "offensive n°" + edit + text.Substring(at + "offensive".Length);
        return new InMemoryAdditionalText(old.Path, changed);
    }

    public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
