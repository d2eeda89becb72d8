using System.Collections.Immutable;
using ArticleGen.Diagnostics;
using ArticleGen.Emit;
using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGen.Pipeline;
using Microsoft.CodeAnalysis;

namespace ArticleGen;

/// <summary>
/// Turns article text files (AdditionalFiles) into typed C# data: <c>Articles.Alep2016.Quotes</c>.
/// This file only wires the steps: <see cref="ArticleFiles"/> picks and reads the files,
/// <see cref="ArticleParser"/> parses each one on its own, <see cref="IndexPlanner"/> names them all
/// from small summaries, and the emitters write one file per article plus the index. Every step's
/// output compares by value, so editing one article re-runs only that article's steps.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Only a bool leaves the compilation, so typing C# never re-runs the article steps.
        var hasRuntime = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("ArticleGen.Article") is not null)
            .WithTrackingName(TrackingNames.HasRuntime);

        // One project-wide value (knobs, language version, runtime present): each article's output
        // combines with this single input; it changes only when a knob or the references change.
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Combine(hasRuntime)
            .Select(static (pair, _) => OptionsReader.Read(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, cancellationToken) => ArticleFiles.Read(pair.Left, pair.Right, cancellationToken) is { } file
                ? ImmutableArray.Create(file)
                : ImmutableArray<ArticleFile>.Empty)
            .WithTrackingName(TrackingNames.ArticleFiles);

        var parsed = files
            .Select(static (file, cancellationToken) => new ParsedArticle(file.Path, file.RelativePath, ArticleParser.Parse(file.Text, file.Language, cancellationToken)))
            .WithTrackingName(TrackingNames.Parsed);

        var plan = files
            .Select(static (file, _) => new ArticleIdentity(file.Path, file.RelativePath, file.ExplicitIdentifier))
            .WithTrackingName(TrackingNames.Identities)
            .Collect()
            .Select(static (identities, _) => IndexPlanner.Plan(identities))
            .WithTrackingName(TrackingNames.IndexPlan);

        // Each article's source depends on its own parse, the plan and the options; the plan and the
        // options change only when files are added, removed or renamed, or a knob changes. Its
        // diagnostics travel in the same output: a separate per-article output would add two more
        // per-article nodes, which every run walks for every article (7 % of an edit at 1,000 articles).
        var articleSources = parsed
            .Combine(plan.Combine(options))
            .Select(static (pair, _) => new ArticleOutput(
                pair.Left.Path,
                pair.Right.Right.HasRuntime && pair.Right.Left.Find(pair.Left.Path) is { Identifier: not null } planned
                    ? ArticleEmitter.Emit(pair.Left.Document, planned, pair.Right.Right)
                    : null,
                pair.Left.Document.Diagnostics,
                pair.Right.Right.Strict))
            .WithTrackingName(TrackingNames.ArticleSources);

        var indexSource = plan
            .Combine(options)
            .Select(static (pair, _) => pair.Left.Articles.Count == 0 ? null : IndexEmitter.Emit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.IndexSource);

        context.RegisterSourceOutput(articleSources, static (context, output) =>
        {
            if (output.Source is { } source)
            {
                context.AddSource(source.HintName, source.Text);
            }

            // Diagnostics travel as data and are reported here, with the article's own output.
            DiagnosticReporter.Report(context, output.Path, output.Diagnostics, output.Strict);
        });

        context.RegisterSourceOutput(indexSource.Combine(options), static (context, pair) =>
        {
            var (index, generationOptions) = pair;
            if (index is null)
            {
                return;
            }

            if (generationOptions.HasRuntime)
            {
                context.AddSource(index.HintName, index.Text);
            }
            else
            {
                DiagnosticReporter.Report(context, null, new ArticleDiagnostic(DiagnosticIds.MissingRuntime, EquatableArray<string>.Empty, TextRange.FileStart), generationOptions.Strict);
            }
        });

        // The index's and the options' diagnostics, reported from their own outputs.
        context.RegisterSourceOutput(plan.Combine(options), static (context, pair) =>
        {
            foreach (var article in pair.Left.Articles)
            {
                if (article.Problem is not null)
                {
                    DiagnosticReporter.Report(context, article.Path, article.Problem, pair.Right.Strict);
                }
            }
        });

        context.RegisterSourceOutput(options, static (context, generationOptions) =>
            DiagnosticReporter.Report(context, null, generationOptions.Problems, generationOptions.Strict));
    }
}
