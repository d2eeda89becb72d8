using System.Reflection;
using ArticleGen.Benchmarks.Alternatives;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Parsing;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks.Benchmarks;

/// <summary>
/// The run-time side, on the seed article this project generates (<c>Articles.Alep2016</c>):
/// <list type="bullet">
/// <item><see cref="FirstAccess"/>: what the first <c>Articles.Alep2016</c> costs, measured anew each
/// time by calling <see cref="ArticleStore.Get"/> with a fresh null slot on the generated data type
/// (found by reflection: <c>Articles+__Alep2016</c>). Target ≤ 10 µs.</item>
/// <item><see cref="RepeatedAccess"/>: <c>Articles.Alep2016.Quotes</c> once built. Target 0 B allocated.</item>
/// <item>The alternatives without ArticleGen: (a) the same file as an EmbeddedResource, read and
/// parsed by the same parser at run time; (b) a JSON file of the article model read with
/// System.Text.Json source generation (the JSON is made at setup from the parsed seed and kept in
/// memory as UTF-8 bytes, so (b) pays no resource read).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    public const string DataTypeName = "Articles+__Alep2016";

    private Type _dataType = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dataType = FindDataType();
        _json = SeedJson();
        _ = global::Articles.Alep2016;
    }

    public static Type FindDataType() =>
        typeof(RuntimeBenchmarks).Assembly.GetType(DataTypeName, throwOnError: false)
        ?? throw new InvalidOperationException($"The generated type {DataTypeName} is missing: is ArticleGen running as an analyzer of this project?");

    public static byte[] SeedJson()
    {
        var document = ArticleParser.Parse(SyntheticArticles.Seed, null, CancellationToken.None);
        return JsonArticles.ToUtf8Json(document, "alep2016", "Articles/Alep2016.txt");
    }

    [Benchmark(Baseline = true)]
    public Article FirstAccess() => BuildAnew(_dataType);

    [Benchmark]
    public IReadOnlyList<Quote> RepeatedAccess() => global::Articles.Alep2016.Quotes;

    [Benchmark]
    public object EmbeddedResourceParse() => ReadAndParseResource();

    [Benchmark]
    public JsonArticle SystemTextJson() => JsonArticles.Read(_json);

    public static Article BuildAnew(Type dataType)
    {
        Article? slot = null;
        return ArticleStore.Get(ref slot, dataType);
    }

    public static object ReadAndParseResource()
    {
        using var stream = typeof(RuntimeBenchmarks).Assembly.GetManifestResourceStream("Alep2016.txt")!;
        using var reader = new StreamReader(stream);
        return ArticleParser.Parse(reader.ReadToEnd(), null, CancellationToken.None);
    }
}
