using System.Runtime.CompilerServices;

namespace ArticleGenTests.Infrastructure;

/// <summary>
/// Snapshot testing without Verify (not available from this project's package registry): the
/// expected text is a committed <c>Snapshots/&lt;name&gt;.verified.cs</c>. On a mismatch the actual
/// text is written beside it as <c>&lt;name&gt;.received.cs</c> (git-ignored) and the test fails with
/// the first differing line. To accept a change, review the diff and rename received to verified.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(FindTestsRoot(callerPath), "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}. Review {received} and rename it to .verified.cs to accept it."
            : $"Snapshot {name} differs: {FirstDifference(expected, actual)}. Review the diff of {received} against {verified}; rename it to accept.");
    }

    private static string FindTestsRoot(string callerPath)
    {
        var directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "ArticleGen.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project folder from " + callerPath);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}: expected `{Shorten(e)}` but got `{Shorten(a)}`";
            }
        }

        return "only in line endings";
    }

    private static string Shorten(string line) => line.Length > 160 ? line[..160] + "…" : line;
}
