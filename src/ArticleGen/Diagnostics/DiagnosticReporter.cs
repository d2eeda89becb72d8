using ArticleGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Diagnostics;

/// <summary>Turns diagnostics carried as data into Roslyn diagnostics located in the article file.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, string? path, EquatableArray<ArticleDiagnostic> diagnostics, bool strict)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(context, path, diagnostic, strict);
        }
    }

    public static void Report(SourceProductionContext context, string? path, ArticleDiagnostic diagnostic, bool strict)
    {
        var descriptor = DiagnosticDescriptors.ById[diagnostic.Id];
        var location = path is null ? Location.None : ToLocation(path, diagnostic.Range);
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        // ArticleGenStrict: warnings become errors, for CI. Severities from a global AnalyzerConfig
        // (.globalconfig) still apply on top; per-section .editorconfig entries do not reach
        // diagnostics located in additional files (docs/diagnostics/README.md).
        var severity = strict && descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : descriptor.DefaultSeverity;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, arguments));
    }

    private static Location ToLocation(string path, TextRange range) =>
        Location.Create(
            path,
            new TextSpan(range.Start, range.Length),
            new LinePositionSpan(new LinePosition(range.StartLine, range.StartCharacter), new LinePosition(range.EndLine, range.EndCharacter)));
}
