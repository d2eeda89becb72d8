using System.Collections;
using System.Reflection;
using ArticleGenTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGenTests.Generator;

/// <summary>The generator through the driver: what it emits, that it compiles, and what the data reads as at run time.</summary>
public sealed class GeneratedCodeTests
{
    private static readonly ArticleInput Seed = new("Articles/Alep2016.txt", TestFiles.Seed);

    [Fact]
    public void Seed_output_compiles_with_no_error_or_warning()
    {
        var run = GeneratorHarness.Run(new[] { Seed }, userCode: "var q = Articles.Alep2016.Quotes; System.Console.WriteLine(q.Count);", parseOptions: GeneratorHarness.ParseOptions.WithKind(SourceCodeKind.Regular));
        Assert.DoesNotContain(run.CompileDiagnostics, d => d.Id != "CS8805"); // CS8805: top-level statements in a library compilation
        Assert.Equal(new[] { "Articles.Alep2016.g.cs", "Articles.g.cs" }, run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_output_matches_the_snapshots()
    {
        var run = GeneratorHarness.Run(Seed);
        Snapshot.Match("Alep2016", run.Source("Articles.Alep2016.g.cs"));
        Snapshot.Match("Index", run.Source("Articles.g.cs"));
    }

    [Fact]
    public void Generated_article_reads_back_as_the_parsed_model()
    {
        var parsed = global::ArticleGen.Parsing.ArticleParser.Parse(TestFiles.Seed);
        var article = (ArticleGen.Article)GeneratorHarness.Run(Seed).ReadArticles("Alep2016")!;

        Assert.Equal("alep2016", article.Slug);
        Assert.Equal("Articles/Alep2016.txt", article.RelativePath);
        Assert.Equal(parsed.Headline, article.Headline);
        Assert.Equal(ArticleGen.HeadlineSource.FirstSentence, article.HeadlineSource);
        Assert.Equal("fr", article.Language);
        Assert.Equal(parsed.WordCount, article.WordCount);
        Assert.Equal(parsed.Paragraphs.Select(p => (p.Text, p.Line, p.SectionIndex)), article.Paragraphs.Select(p => (p.Text, p.Line, p.SectionIndex)));
        Assert.Equal(parsed.Sections.Select(s => s.Title), article.Sections.Select(s => s.Title));
        Assert.Equal(new[] { 2, 5, 3 }, article.Sections.Select(s => s.Paragraphs.Count));
        Assert.Equal(new[] { 3, 3, 2 }, article.Sections.Select(s => s.Quotes.Count));
        Assert.Equal(parsed.Captions.Select(c => (c.Text, c.Credit)), article.Captions.Select(c => (c.Text, c.Credit)));
        Assert.Equal(new TimeSpan?[] { null, TimeSpan.FromSeconds(44), TimeSpan.FromSeconds(64) }, article.Captions.Select(c => c.Duration));
        Assert.Equal(parsed.Quotes.Select(q => (q.Text, q.IsPartial, q.Line, q.Column)), article.Quotes.Select(q => (q.Text, q.IsPartial, q.Line, q.Column)));
        Assert.Equal(
            new[] { "Jean-Marc Ayrault", "Sergueï Lavrov", "John Kerry", "l’armée", "L’armée", "Rami Abdel Rahmane", "Staffan de Mistura", "Boris Johnson", "Hollande" },
            article.Quotes.Select(q => q.Speaker));
        Assert.Equal(ArticleGen.QuoteLocation.Caption, article.Quotes[^1].Location);
        Assert.Equal(2, article.Quotes[^1].CaptionIndex);
        Assert.Equal("Paragraph 0", article.Paragraphs[0].ToString() == parsed.Paragraphs[0].Text ? "Paragraph 0" : "ToString is not the text");
        Assert.Equal(9, article.Speakers.Count);
        Assert.Equal("chef de la diplomatie russe", article.Speakers.Single(s => s.Name == "Sergueï Lavrov").Role);
    }

    [Fact]
    public void Repeated_access_returns_the_same_instance_and_All_and_BySlug_find_it()
    {
        var assembly = GeneratorHarness.Run(Seed, new ArticleInput("Articles/news/Second one.txt", "Title\n\nBody.")).Load();
        var articles = assembly.GetType("Articles", throwOnError: true)!;
        object? Read(string name) => articles.GetProperty(name)!.GetValue(null);
        Assert.Same(Read("Alep2016"), Read("Alep2016"));
        var all = ((IEnumerable)Read("All")!).Cast<ArticleGen.Article>().ToList();
        Assert.Equal(new[] { "alep2016", "second-one" }, all.Select(a => a.Slug));
        var bySlug = articles.GetMethod("BySlug")!;
        Assert.Same(Read("SecondOne"), bySlug.Invoke(null, new object[] { "second-one" }));
        Assert.Null(bySlug.Invoke(null, new object[] { "missing" }));
    }

    [Fact]
    public void Articles_serialize_with_System_Text_Json_by_reflection()
    {
        var article = (ArticleGen.Article)GeneratorHarness.Run(Seed).ReadArticles("Alep2016")!;
        var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(article)).RootElement;
        Assert.Equal("Sergueï Lavrov", json.GetProperty("Quotes")[1].GetProperty("Speaker").GetString());
        Assert.Equal(10, json.GetProperty("Paragraphs").GetArrayLength());
        Assert.Equal(3, json.GetProperty("Sections").GetArrayLength());
    }

    [Fact]
    public void Namespace_and_public_visibility_come_from_MSBuild_properties()
    {
        var run = GeneratorHarness.Run(new[] { Seed }, new Dictionary<string, string> { ["ArticleGenNamespace"] = "My.Content", ["ArticleGenVisibility"] = "public" });
        Assert.Empty(run.CompileDiagnostics);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var type = run.Load().GetType("My.Content.Articles", throwOnError: true)!;
        Assert.True(type.IsPublic);
        Assert.NotNull(type.GetProperty("Alep2016")!.GetValue(null));
    }

    [Fact]
    public void Internal_by_default_in_the_global_namespace()
    {
        var type = GeneratorHarness.Run(Seed).Load().GetType("Articles", throwOnError: true)!;
        Assert.False(type.IsPublic);
    }

    [Fact]
    public void Public_without_a_namespace_warns()
    {
        var run = GeneratorHarness.Run(new[] { Seed }, new Dictionary<string, string> { ["ArticleGenVisibility"] = "public" });
        var warning = Assert.Single(run.Diagnostics("ARTG021"));
        Assert.Contains("ArticleGenNamespace", warning.GetMessage());
    }

    [Fact]
    public void Old_language_versions_get_no_nullable_annotations()
    {
        var options = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);
        var run = GeneratorHarness.Run(new[] { Seed }, parseOptions: options);
        Assert.DoesNotContain("#nullable", run.Source("Articles.g.cs"));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Only_txt_files_under_an_Articles_folder_or_marked_by_metadata_are_articles()
    {
        var run = GeneratorHarness.Run(
            new ArticleInput("BannedSymbols.txt", "T:System.Console"),
            new ArticleInput("NativeMethods.txt", "CreateFile"),
            new ArticleInput("Articles/notes.md", "# Not an article"),
            new ArticleInput("Content/Deep/Articles/More/Nested.txt", "Title\n\nBody."),
            new ArticleInput("Other/Marked.text", "Title\n\nBody.", new Dictionary<string, string> { ["ArticleGenArticle"] = "true" }),
            new ArticleInput("Articles/Excluded.txt", "Title\n\nBody.", new Dictionary<string, string> { ["ArticleGenArticle"] = "false" }));
        Assert.Equal(new[] { "Articles.Marked.g.cs", "Articles.Nested.g.cs", "Articles.g.cs" }, run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void No_articles_no_output()
    {
        var run = GeneratorHarness.Run(new ArticleInput("BannedSymbols.txt", "T:System.Console"));
        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Missing_runtime_is_one_clear_error_and_no_broken_code()
    {
        var run = GeneratorHarness.Run(new[] { Seed }, withRuntime: false);
        Assert.Empty(run.Sources);
        var error = Assert.Single(run.Diagnostics("ARTG022"));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void Without_the_runtime_an_article_still_reports_its_own_diagnostics()
    {
        // Nothing is emitted, but the article's problems are still worth fixing: they travel in the
        // same output as its source and must not be lost with it.
        var run = GeneratorHarness.Run(new[] { new ArticleInput("Articles/Bad.txt", "Title\n\nAn « unclosed quote here.") }, withRuntime: false);
        Assert.Empty(run.Sources);
        Assert.Single(run.Diagnostics("ARTG022"));
        Assert.Equal(GeneratorHarness.ProjectDir + "Articles/Bad.txt", Assert.Single(run.Diagnostics("ARTG008")).Location.GetLineSpan().Path);
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        var article = new ArticleInput("Articles/Bad.txt", "Title\n\nAn « unclosed quote here.");
        Assert.Equal(DiagnosticSeverity.Warning, GeneratorHarness.Run(article).Diagnostics("ARTG008").Single().Severity);
        var strict = GeneratorHarness.Run(new[] { article }, new Dictionary<string, string> { ["ArticleGenStrict"] = "true" });
        Assert.Equal(DiagnosticSeverity.Error, strict.Diagnostics("ARTG008").Single().Severity);
        Assert.Equal(DiagnosticSeverity.Info, strict.Diagnostics("ARTG001").SingleOrDefault()?.Severity ?? DiagnosticSeverity.Info);
    }

    [Fact]
    public void Hover_docs_show_the_headline_and_quotes()
    {
        var source = GeneratorHarness.Run(Seed).Source("Articles.Alep2016.g.cs");
        Assert.Contains("/// <summary>L’armée syrienne a annoncé jeudi soir 22 septembre", source);
        Assert.Contains("/// <para>« pas satisfaisante » — Jean-Marc Ayrault</para>", source);
    }
}
