using System.Collections.Immutable;
using System.Reflection;
using ArticleGen;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGenTests.Infrastructure;

/// <summary>An article file for the driver: its path (relative to <see cref="GeneratorHarness.ProjectDir"/>) and text.</summary>
internal sealed record ArticleInput(string RelativePath, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>
/// Runs <see cref="ArticleGenerator"/> through <see cref="CSharpGeneratorDriver"/> the way the compiler does:
/// additional files, MSBuild properties as global options, item metadata per file, and a compilation that
/// references the .NET 10 reference assemblies and ArticleGen.Runtime.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12);

    public static GeneratorDriver CreateDriver(
        IEnumerable<ArticleInput> articles,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null) => CreateDriver(articles, out _, properties, parseOptions);

    /// <summary>Creates the driver and gives back the additional texts, for tests that replace one.</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<ArticleInput> articles,
        out ImmutableArray<AdditionalText> texts,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null)
    {
        texts = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(ProjectDir + a.RelativePath, a.Text)).ToImmutableArray();
        var metadata = articles.ToDictionary(a => ProjectDir + a.RelativePath, a => a.Metadata ?? new Dictionary<string, string>());
        var globals = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            globals["build_property." + key] = value;
        }

        return CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            new TestOptionsProvider(globals, metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static CSharpCompilation CreateCompilation(string userCode = "", bool withRuntime = true, CSharpParseOptions? parseOptions = null)
    {
        var references = Net100.References.All.ToList();
        if (withRuntime)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location));
        }

        var trees = userCode.Length == 0
            ? Array.Empty<SyntaxTree>()
            : new[] { CSharpSyntaxTree.ParseText(userCode, parseOptions ?? ParseOptions, path: "Program.cs") };
        return CSharpCompilation.Create(
            "ArticlesUnderTest",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: (parseOptions ?? ParseOptions).LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    /// <summary>One full run: generated sources, the generator's diagnostics and the diagnostics of compiling everything.</summary>
    public static GeneratorRun Run(
        IEnumerable<ArticleInput> articles,
        IReadOnlyDictionary<string, string>? properties = null,
        string userCode = "",
        bool withRuntime = true,
        CSharpParseOptions? parseOptions = null)
    {
        var compilation = CreateCompilation(userCode, withRuntime, parseOptions);
        var driver = CreateDriver(articles, properties, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }

    public static GeneratorRun Run(params ArticleInput[] articles) => Run((IEnumerable<ArticleInput>)articles);

    public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class TestOptionsProvider(Dictionary<string, string> globals, Dictionary<string, IReadOnlyDictionary<string, string>> metadata) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new DictionaryOptions(metadata.TryGetValue(textFile.Path, out var values)
                ? values.ToDictionary(kv => "build_metadata.AdditionalFiles." + kv.Key, kv => kv.Value)
                : new Dictionary<string, string>());
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The result of one generator run and of compiling its output.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Every diagnostic of the generator plus the compilation's errors and warnings (hidden/info of the compiler excluded).</summary>
    public IReadOnlyList<Diagnostic> CompileDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public IReadOnlyList<Diagnostic> Diagnostics(string id) => GeneratorDiagnostics.Where(d => d.Id == id).ToList();

    /// <summary>Emits the output and loads it, so generated articles can be read through the runtime as a user would.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>Reads a static property of the generated <c>Articles</c> class from the loaded assembly.</summary>
    public object? ReadArticles(string member, string? ns = null)
    {
        var type = Load().GetType((ns is null ? string.Empty : ns + ".") + "Articles", throwOnError: true)!;
        return type.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
    }
}
