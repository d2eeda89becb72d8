using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using ArticleGen;
using ArticleGenTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGenTests.Generator;

/// <summary>
/// Caching, after NetEscapades' TestHelpers: the driver is run again with an unchanged input and
/// after editing one article of many; the step reasons prove only that article's steps ran. The
/// step outputs are walked to prove no Roslyn object is kept in the pipeline.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.Options, TrackingNames.ArticleFiles, TrackingNames.Parsed, TrackingNames.Identities,
        TrackingNames.IndexPlan, TrackingNames.ArticleSources, TrackingNames.IndexSource,
    };

    private static List<ArticleInput> ManyArticles(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new ArticleInput($"Articles/Story{i:D3}.txt", $"Story {i}\n\n« Nous viendrons le {i} », a dit Jean Dupont.\n\nSecond paragraph {i}."))
            .ToList();

    [Fact]
    public void A_second_run_with_the_same_inputs_is_all_cached()
    {
        var articles = ManyArticles(20);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(articles).RunGenerators(compilation);
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            foreach (var output in second.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {output.Reason}");
            }
        }
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var articles = ManyArticles(50);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(articles, out var texts).RunGenerators(compilation);

        var edited = articles[17];
        var replacement = new TestText(GeneratorHarness.ProjectDir + edited.RelativePath, edited.Text + "\n\nA new paragraph, « added today », a dit Jean Dupont.");
        driver = driver.ReplaceAdditionalText(texts[17], replacement).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(49, parsed.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var sources = result.TrackedSteps[TrackingNames.ArticleSources].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, sources.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(49, sources.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The index depends only on identifiers and slugs: a content edit leaves it alone.
        Assert.All(result.TrackedSteps[TrackingNames.IndexPlan].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(result.TrackedSteps[TrackingNames.IndexSource].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void After_an_edit_every_article_still_reports_its_diagnostics_and_the_edited_one_its_new_ones()
    {
        // Each article's diagnostics travel in its own output: the 9 outputs left cached must still
        // report theirs, and the edited one the diagnostics of its new text, not of its old one.
        var articles = Enumerable.Range(0, 10)
            .Select(i => new ArticleInput($"Articles/Untitled{i}.txt", $"A first sentence number {i}. Then a second one.\n\nMore text {i}."))
            .ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(articles, out var texts).RunGenerators(compilation);
        Assert.Equal(10, driver.GetRunResult().Diagnostics.Count(d => d.Id == "ARTG001"));

        var replacement = new TestText(GeneratorHarness.ProjectDir + articles[3].RelativePath, articles[3].Text + "\n\nIl a dit « sans jamais fermer.");
        var result = driver.ReplaceAdditionalText(texts[3], replacement).RunGenerators(compilation.Clone()).GetRunResult();

        var noHeadline = result.Diagnostics.Where(d => d.Id == "ARTG001").Select(d => d.Location.GetLineSpan().Path).ToList();
        Assert.Equal(articles.Select(a => GeneratorHarness.ProjectDir + a.RelativePath).OrderBy(p => p, StringComparer.Ordinal), noHeadline.OrderBy(p => p, StringComparer.Ordinal));
        var unclosed = Assert.Single(result.Diagnostics, d => d.Id == "ARTG008");
        Assert.Equal((GeneratorHarness.ProjectDir + articles[3].RelativePath, 4), (unclosed.Location.GetLineSpan().Path, unclosed.Location.GetLineSpan().StartLinePosition.Line));

        var fixedAgain = new TestText(GeneratorHarness.ProjectDir + articles[3].RelativePath, articles[3].Text);
        var back = driver.ReplaceAdditionalText(texts[3], replacement).RunGenerators(compilation.Clone())
            .ReplaceAdditionalText(replacement, fixedAgain).RunGenerators(compilation.Clone()).GetRunResult();
        Assert.DoesNotContain(back.Diagnostics, d => d.Id == "ARTG008");
        Assert.Equal(10, back.Diagnostics.Count(d => d.Id == "ARTG001"));
    }

    [Fact]
    public void Adding_an_article_changes_the_index_but_not_the_other_articles()
    {
        var articles = ManyArticles(10);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(articles).RunGenerators(compilation);
        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new TestText(GeneratorHarness.ProjectDir + "Articles/Zeta.txt", "Zeta\n\nBody."))).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();
        var sources = result.TrackedSteps[TrackingNames.ArticleSources].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, sources.Count(o => o.Reason == IncrementalStepRunReason.New));
        Assert.Equal(10, sources.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains(result.TrackedSteps[TrackingNames.IndexSource].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void No_pipeline_step_holds_a_compilation_symbol_syntax_node_or_additional_text()
    {
        var driver = GeneratorHarness.CreateDriver(ManyArticles(3)).RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in AllSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or Location or SemanticModel,
            $"{path} holds a {type.Name}");
        if (type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true && type.Name != "ParseOptions")
        {
            Assert.Fail($"{path} holds a Roslyn object {type.FullName}");
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, path + "[]", seen);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }

    private sealed class TestText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
