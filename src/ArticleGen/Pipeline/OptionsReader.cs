using System;
using System.Collections.Generic;
using ArticleGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Pipeline;

/// <summary>Reads the MSBuild knobs (made visible by the package's props) and the language version.</summary>
internal static class OptionsReader
{
    public static GenerationOptions Read(AnalyzerConfigOptionsProvider provider, ParseOptions parseOptions, bool hasRuntime)
    {
        var global = provider.GlobalOptions;
        var problems = new List<ArticleDiagnostic>();

        string? ns = null;
        if (global.TryGetValue("build_property.ArticleGenNamespace", out var nsValue) && !string.IsNullOrWhiteSpace(nsValue))
        {
            nsValue = nsValue.Trim();
            if (IsValidNamespace(nsValue))
            {
                ns = nsValue;
            }
            else
            {
                problems.Add(Problem("ArticleGenNamespace", nsValue, "it is not a valid C# namespace, so Articles is generated in the global namespace"));
            }
        }

        var isPublic = false;
        if (global.TryGetValue("build_property.ArticleGenVisibility", out var visibility) && !string.IsNullOrWhiteSpace(visibility))
        {
            visibility = visibility.Trim();
            if (string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase))
            {
                isPublic = true;
                if (ns is null)
                {
                    problems.Add(Problem("ArticleGenVisibility", visibility, "a public Articles class in the global namespace clashes with the Articles class of any project that references this one; set ArticleGenNamespace too"));
                }
            }
            else if (!string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem("ArticleGenVisibility", visibility, "use 'internal' (the default) or 'public'"));
            }
        }

        var strict = global.TryGetValue("build_property.ArticleGenStrict", out var strictValue)
            && string.Equals(strictValue?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var nullable = parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;
        return new GenerationOptions(ns, isPublic, nullable, strict, hasRuntime, problems.ToEquatableArray());
    }

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    private static ArticleDiagnostic Problem(string property, string value, string reason) =>
        new(DiagnosticIds.InvalidOption, new EquatableArray<string>(new[] { property, value, reason }), TextRange.FileStart);
}
