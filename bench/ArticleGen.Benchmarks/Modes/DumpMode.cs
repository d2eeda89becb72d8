using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArticleGen.Benchmarks.Inputs;
using ArticleGen.Emit;
using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGen.Pipeline;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--dump &lt;file&gt; [repository root]</c>: parses every text the project holds (the corpus's articles, the seed,
/// each construction probe as an article of its own) and a fixed set of synthetic articles, and writes, for each,
/// its diagnostics and the C# the emitter makes of it, to one file. Two builds' dumps compared with <c>cmp</c> tell
/// whether a change meant to be speed-only or a move of code changed any output: the check the performance
/// branches and refactors use before they are merged.
/// </summary>
public static class DumpMode
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--dump");
        if (at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: --dump <output file> [repository root]");
            return 2;
        }

        var output = args[at + 1];
        var root = at + 2 < args.Length && !args[at + 2].StartsWith("--", StringComparison.Ordinal) ? args[at + 2] : FindRoot();
        if (root is null)
        {
            Console.Error.WriteLine("repository root not found (no ArticleGen.sln above the current folder): pass it after the file");
            return 2;
        }

        var inputs = Inputs(root).ToList();
        var options = OptionsReader.Read(GeneratorHarness.Options, GeneratorHarness.ParseOptions, hasRuntime: true);
        var builder = new StringBuilder();
        foreach (var (name, text, language) in inputs)
        {
            var document = ArticleParser.Parse(text, language, CancellationToken.None);
            var path = GeneratorHarness.ProjectDir + "Articles/Dump.txt";
            var plan = IndexPlanner.Plan(ImmutableArray.Create(new ArticleIdentity(path, ArticleFiles.RelativePath(path, GeneratorHarness.ProjectDir), null)));
            builder.Append("### ").Append(name).Append('\n');
            foreach (var diagnostic in document.Diagnostics)
            {
                builder.Append("diagnostic ").Append(diagnostic.Id).Append(' ').Append(diagnostic.Range.ToString())
                    .Append(' ').Append(string.Join(" | ", diagnostic.Arguments)).Append('\n');
            }

            builder.Append(ArticleEmitter.Emit(document, plan.Find(path)!, options).Text).Append('\n');
        }

        File.WriteAllText(output, builder.ToString(), new UTF8Encoding(false));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} inputs dumped to {output} ({builder.Length:N0} characters)"));
        return 0;
    }

    private static IEnumerable<(string Name, string Text, string? Language)> Inputs(string root)
    {
        var files = Directory.GetFiles(Path.Combine(root, "tests", "corpus"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ArticleGen.Tests", "Seeds"), "*.txt"))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return (file, File.ReadAllText(Path.Combine(root, file)), null);
        }

        // Each probe as the evaluation command builds it (tests/ArticleGen.Eval/Constructions.cs).
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "corpus", "constructions"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var item in JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray())
            {
                var language = item.GetProperty("language").GetString();
                var paragraphs = item.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!);
                yield return ($"{Path.GetFileName(file)}#{index++}", $"Headline: Test\nLanguage: {language}\n\n" + string.Join("\n\n", paragraphs) + "\n", language);
            }
        }

        for (var i = 0; i < 1_000; i++)
        {
            yield return ("synthetic seed-sized " + i.ToString(CultureInfo.InvariantCulture), SyntheticArticles.SeedSized(i), null);
        }

        yield return ("synthetic 60 KB", SyntheticArticles.Create(7, 60_000), null);
    }

    private static string? FindRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ArticleGen.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
