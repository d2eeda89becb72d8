using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>A "MB/s" column: the benchmark's input bytes (UTF-8 article text) over its mean time.</summary>
public sealed class ThroughputColumn(Func<BenchmarkCase, long?> inputBytes) : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input megabytes (10^6 bytes of UTF-8 article text) per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = inputBytes(benchmarkCase);
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (bytes is null || stats is null || stats.Mean <= 0)
        {
            return "-";
        }

        return (bytes.Value / 1e6 / (stats.Mean / 1e9)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
