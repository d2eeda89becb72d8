using System.Text;
using ArticleGen.Benchmarks.Inputs;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--memory [N]</c>: how much the generator driver keeps alive after a full run over N articles
/// (its cached step outputs, generated sources and their syntax trees), as a multiple of the article
/// text held in memory as UTF-16. The input texts are created before the first measurement, so they
/// are not counted.
/// </summary>
public static class MemoryMode
{
    public static int Run(int count)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var harness = new GeneratorHarness(count);
        long chars = 0;
        foreach (var text in harness.Texts)
        {
            chars += text.GetText()!.Length;
        }

        var before = Settle();
        var driver = harness.RunFull();
        var after = Settle();
        GC.KeepAlive(driver);

        var textBytes = chars * 2;
        Console.WriteLine($"# Memory retained by the generator driver ({count:N0} articles)");
        Console.WriteLine($"article text in memory (UTF-16): {textBytes / 1e6:F1} MB");
        Console.WriteLine($"retained after a full run: {(after - before) / 1e6:F1} MB = {(double)(after - before) / textBytes:F1} x the text");
        return 0;
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
