using System;
using System.Threading;
using ArticleGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Pipeline;

/// <summary>
/// Decides which AdditionalFiles are articles and reads each into plain data at once (the
/// <see cref="AdditionalText"/> instances change between runs; the data compares by value).
/// An article is a <c>.txt</c> file under a folder named <c>Articles</c> at any depth of its path
/// relative to the project, or any file whose <c>ArticleGenArticle</c> metadata is <c>true</c>
/// (<c>false</c> excludes a file). Everything else (BannedSymbols.txt, NativeMethods.txt, other
/// generators' inputs) is left alone.
/// </summary>
internal static class ArticleFiles
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static ArticleFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        var marked = Metadata(options, "ArticleGenArticle");
        optionsProvider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
        var relativePath = RelativePath(file.Path, projectDir);
        var isArticle = marked is null
            ? relativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && UnderArticlesFolder(relativePath)
            : string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase);
        if (!isArticle)
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new ArticleFile(file.Path, relativePath, Metadata(options, "ArticleGenIdentifier"), Metadata(options, "ArticleGenLanguage"), text);
    }

    /// <summary>The path relative to the project folder with <c>/</c> separators, or the full path when outside it.</summary>
    public static string RelativePath(string path, string? projectDir)
    {
        var normalized = path.Replace('\\', '/');
        if (!string.IsNullOrEmpty(projectDir))
        {
            var root = projectDir!.Replace('\\', '/');
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(root.Length);
            }
        }

        return normalized;
    }

    private static bool UnderArticlesFolder(string relativePath)
    {
        var segments = relativePath.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (string.Equals(segments[i], "Articles", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
