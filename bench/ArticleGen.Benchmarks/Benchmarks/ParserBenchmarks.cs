using System.Text;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Parsing;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks.Benchmarks;

/// <summary>
/// The pure parser on one article: the seed (3.5 KB), synthetic articles of about 4 KB and
/// 400 KB, and an adversarial paragraph of 3,000 quotes (180 KB). Throughput (MB/s of UTF-8 input) = Size ÷ Mean; the run prints it after the table.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "seed";

    public static IEnumerable<string> Inputs => new[] { "seed", "4KB", "400KB", "quotes-180KB" };

    /// <summary>UTF-8 bytes of the input, for MB/s.</summary>
    public int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Text(Input);
        Bytes = Encoding.UTF8.GetByteCount(_text);
    }

    public static string Text(string input) => input switch
    {
        "seed" => SyntheticArticles.Seed,
        "4KB" => SyntheticArticles.Create(4, 4 * 1024),
        "400KB" => SyntheticArticles.Create(400, 400 * 1024),

        // Adversarial: one paragraph of 3,000 quotes with pronoun incises and no paragraph break,
        // the shape that once made attribution quadratic.
        "quotes-180KB" => "Headline: T\n\n" + string.Concat(Enumerable.Repeat("Jean Roe parle. « Nous viendrons demain matin », a-t-il dit ", 3000)),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    [Benchmark]
    public object Parse() => ArticleParser.Parse(_text, null, CancellationToken.None);
}
