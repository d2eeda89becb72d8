using System.Text;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks.Inputs;

/// <summary>
/// Floor A of <c>--generator-floor</c>: the least a one-file-per-article generator can do. Each
/// additional file becomes a file of its own holding its text as one <c>const string</c>; nothing
/// is parsed. Whatever it costs is Roslyn's driver plus reading and escaping the text.
/// </summary>
public sealed class ConstPerFileGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var articles = context.AdditionalTextsProvider
            .Select(static (file, cancellationToken) => (Name: Identifier(file.Path), Text: file.GetText(cancellationToken)!.ToString()));

        context.RegisterSourceOutput(articles, static (context, article) => context.AddSource(
            "FloorArticles." + article.Name + ".g.cs",
            "internal static partial class FloorArticles { internal const string A_" + article.Name + " = " + Literal(article.Text) + "; }\n"));
    }

    /// <summary>The file name without its extension, letters, digits and underscores only.</summary>
    private static string Identifier(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToCharArray();
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsLetterOrDigit(name[i]))
            {
                name[i] = '_';
            }
        }

        return new string(name);
    }

    /// <summary>A C# regular string literal: <c>\\</c>, <c>\"</c>, <c>\r</c>, <c>\n</c>, other controls as <c>\uXXXX</c>.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 16) + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>
/// Floor B of <c>--generator-floor</c>: emits, for each additional file, exactly the source ArticleGen
/// emits for it, looked up from sources computed beforehand (by <see cref="AdditionalText"/> instance,
/// so an edited file, a new instance, re-runs its output and gets its own edited source), plus
/// ArticleGen's index file. What it costs is Roslyn's handling of ArticleGen's generated files,
/// without ArticleGen's reading, parsing and emitting.
/// </summary>
public sealed class PrecomputedSourceGenerator(IReadOnlyDictionary<AdditionalText, PrecomputedSource> articles, PrecomputedSource index) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterSourceOutput(context.AdditionalTextsProvider, (context, file) =>
        {
            var source = articles[file];
            context.AddSource(source.HintName, source.Text);
        });

        // Like ArticleGen's index, it depends on the file paths only, so an edit does not re-run it.
        var paths = context.AdditionalTextsProvider.Select(static (file, _) => file.Path).Collect();
        context.RegisterSourceOutput(paths, (context, _) => context.AddSource(index.HintName, index.Text));
    }
}

/// <summary>
/// Floor C of <c>--generator-floor</c>: floor B's precomputed files, through a pipeline of ArticleGen's shape: each
/// file combined with the options provider and read (SelectMany), "parsed" (Select), its identity collected into a
/// plan, combined with the plan and a project-wide value, "emitted" (Select), then written; the index from the plan.
/// The transforms only look their results up, so what floor C adds to floor B is what walking ArticleGen's
/// per-article nodes costs the driver, without reading, parsing or emitting anything. With <c>parse</c> (floor
/// D) the "parse" step also runs ArticleParser.Parse on the text and keeps its model in the pipeline, as
/// ArticleGen does: what parsing the edited article, and a pipeline holding every model, add to an edit.
/// </summary>
public sealed class PipelineShapeGenerator(IReadOnlyDictionary<AdditionalText, PrecomputedSource> articles, PrecomputedSource index, bool parse = false) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => pair.Right.DocumentationMode);
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, _) => System.Collections.Immutable.ImmutableArray.Create(pair.Left));
        var parsed = files.Select((file, cancellationToken) =>
            (Source: articles[file], Document: parse ? ArticleGen.Parsing.ArticleParser.Parse(file.GetText(cancellationToken)!.ToString(), null, cancellationToken) : null));
        var plan = files
            .Select(static (file, _) => file.Path)
            .Collect()
            .Select(static (paths, _) => paths.Length);
        var sources = parsed
            .Combine(plan.Combine(options))
            .Select(static (pair, _) => pair.Left.Source);

        context.RegisterSourceOutput(sources, static (context, source) => context.AddSource(source.HintName, source.Text));
        context.RegisterSourceOutput(plan.Combine(options), (context, _) => context.AddSource(index.HintName, index.Text));
    }
}

/// <summary>One generated file, as ArticleGen emitted it.</summary>
public sealed record PrecomputedSource(string HintName, string Text);
