namespace ArticleGenTests.Infrastructure;

/// <summary>Files copied beside the tests (the seed and its ground truth, the corpus): nothing is read from ../shared at run time.</summary>
internal static class TestFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    public static string Seed => Read("Seeds", "Alep2016.txt");
}
