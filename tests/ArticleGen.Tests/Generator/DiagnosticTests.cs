using ArticleGenTests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleGenTests.Generator;

/// <summary>
/// One case per diagnostic: the id, its line and column in the article file (1-based, as
/// <c>dotnet build</c> prints them), the message, and that a good article beside the bad one is still
/// generated and everything compiles.
/// </summary>
public sealed class DiagnosticTests
{
    private static readonly ArticleInput Good = new("Articles/Good.txt", "Good title\n\nA good paragraph.");

    public static TheoryData<string, string, string, int, int, string> Cases => new()
    {
        // name, article text, id, line, column, a piece of the message
        { "no headline", "First sentence here. Second one.\n\nMore.", "ARTG001", 1, 1, "first sentence is used" },
        { "empty", "  \n\n", "ARTG002", 1, 1, "empty" },
        { "binary", "Title\n\nSome\0binary\0bytes.", "ARTG003", 3, 5, "2 NUL character(s)" },
        { "control", "Title\n\nA bell\u0007 rings.", "ARTG004", 3, 7, "U+0007" },
        { "invalid utf-8", "Title\n\nCaf\uFFFD au lait.", "ARTG005", 3, 4, "re-save the file as UTF-8" },
        { "double-encoded", "Title\n\nLe cafÃ© est prÃªt.", "ARTG006", 3, 7, "double-encoded" },
        { "bidi", "Title\n\nSafe text \u202Ehidden\u202C here.", "ARTG007", 3, 11, "Trojan Source" },
        { "unclosed «", "Title\n\nIl a dit « ceci sans fin.", "ARTG008", 3, 10, "'«' is never closed" },
        { "unclosed “", "Title\n\nHe said “this and that.\n\nNo reopening here.", "ARTG008", 3, 9, "'“' is never closed" },
        { "stray »", "Title\n\nIl a dit ceci » sans ouvrir.", "ARTG009", 3, 15, "'»' has no opening mark" },
        { "stray ”", "Title\n\nHe said this” alone.", "ARTG009", 3, 13, "'”' has no opening mark" },
        { "mismatched", "Title\n\n« Il a dit “ceci » puis cela.", "ARTG010", 3, 12, "'“' is still open" },
        { "empty credit", "A photo of the town. |\n\nTitle\n\nBody.", "ARTG011", 1, 22, "nothing after ' | '" },
        { "malformed duration", "Title\n\nBody.\n\nA clip\nDurée : 7x:99", "ARTG012", 6, 9, "'7x:99' is not a duration" },
        { "empty section", "Title\n\nBody.\n\n• Lonely heading\n\n• Next heading\n\nText.", "ARTG013", 5, 3, "'Lonely heading' has no paragraph" },
        { "duplicate section", "Title\n\nBody.\n\n• Same\n\nOne.\n\n• Same\n\nTwo.", "ARTG014", 9, 3, "already used on line 5" },
        { "headings only", "• One\n\n• Two", "ARTG015", 1, 3, "no paragraph" },
        { "unknown header key", "Hedline: Title\nDate: 2016-09-22\n\nBody.", "ARTG016", 1, 1, "did you mean 'Headline'?" },
        { "invalid date", "Headline: Title\nDate: 31 février 2016\n\nBody.", "ARTG017", 2, 7, "'31 février 2016' cannot be read" },
        { "caption with no title", "Title\n\nBody.\n\nDuration: 1:02", "ARTG023", 5, 1, "no title" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_article_is_reported_at_its_line_and_column_and_the_good_one_is_still_generated(
        string name, string text, string id, int line, int column, string message)
    {
        var run = GeneratorHarness.Run(new ArticleInput("Articles/Bad.txt", text), Good);

        var diagnostic = run.GeneratorDiagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{name}: no {id} among [{string.Join(", ", run.GeneratorDiagnostics.Select(d => d.Id))}]");
        var span = diagnostic!.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "Articles/Bad.txt", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);

        Assert.Contains(run.Sources, s => s.HintName == "Articles.Good.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Articles.Bad.g.cs");
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Two_files_with_the_same_identifier_are_an_error_naming_both_and_the_first_is_kept()
    {
        var run = GeneratorHarness.Run(
            new ArticleInput("Articles/b/X.txt", "Title B\n\nBody."),
            new ArticleInput("Articles/a/X.txt", "Title A\n\nBody."),
            Good);
        var error = Assert.Single(run.Diagnostics("ARTG018"));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(GeneratorHarness.ProjectDir + "Articles/b/X.txt", error.Location.GetLineSpan().Path);
        Assert.Contains("'Articles/a/X.txt' and 'Articles/b/X.txt' both give the identifier 'X'", error.GetMessage());
        Assert.Contains("ArticleGenIdentifier", error.GetMessage());
        Assert.Contains("Title A", run.Source("Articles.X.g.cs"));
        Assert.Contains(run.Sources, s => s.HintName == "Articles.Good.g.cs");
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("Articles/x-y.txt", "Articles/x_y.txt")]
    [InlineData("Articles/la guerre.txt", "Articles/La-Guerre.txt")]
    public void Different_names_that_give_one_identifier_clash(string first, string second)
    {
        var run = GeneratorHarness.Run(new ArticleInput(first, "T\n\nBody."), new ArticleInput(second, "T\n\nBody."));
        Assert.Single(run.Diagnostics("ARTG018"));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("Articles/All.txt", "All")]
    [InlineData("Articles/by slug.txt", "BySlug")]
    [InlineData("Articles/articles.txt", "Articles")]
    [InlineData("Articles/to-string.txt", "ToString")]
    public void A_name_that_is_a_member_of_Articles_is_an_error(string path, string identifier)
    {
        var run = GeneratorHarness.Run(new ArticleInput(path, "T\n\nBody."), Good);
        var error = Assert.Single(run.Diagnostics("ARTG019"));
        Assert.Contains($"'{identifier}'", error.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "Articles.Good.g.cs");
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Explicit_identifier_metadata_resolves_a_clash()
    {
        var run = GeneratorHarness.Run(
            new ArticleInput("Articles/a/X.txt", "T\n\nBody."),
            new ArticleInput("Articles/b/X.txt", "T\n\nBody.", new Dictionary<string, string> { ["ArticleGenIdentifier"] = "OtherX" }));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(run.Sources, s => s.HintName == "Articles.OtherX.g.cs");
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("2abc")]
    [InlineData("__Hidden")]
    [InlineData("A__B")]
    [InlineData("a b")]
    public void Invalid_explicit_identifier_is_an_error(string identifier)
    {
        var run = GeneratorHarness.Run(new ArticleInput("Articles/X.txt", "T\n\nBody.", new Dictionary<string, string> { ["ArticleGenIdentifier"] = identifier }), Good);
        Assert.Single(run.Diagnostics("ARTG020"));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("Articles/2016-alep.txt", "_2016Alep")]
    [InlineData("Articles/class.txt", "Class")]
    [InlineData("Articles/System.txt", "System")]
    [InlineData("Articles/Été à Paris.txt", "ÉtéÀParis")]
    [InlineData("Articles/!!!.txt", "_")]
    [InlineData("Articles/Text.txt", "Text")]
    [InlineData("Articles/Layout.txt", "Layout")]
    [InlineData("Articles/Instance.txt", "Instance")]
    [InlineData("Articles/all-articles.txt", "AllArticles")]
    [InlineData("Articles/get by index.txt", "GetByIndex")]
    [InlineData("Articles/article-at.txt", "ArticleAt")]
    public void Any_file_name_gives_a_valid_identifier(string path, string identifier)
    {
        var run = GeneratorHarness.Run(new ArticleInput(path, "T\n\nBody."), Good);
        Assert.Contains(run.Sources, s => s.HintName == $"Articles.{identifier}.g.cs");
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Invalid_namespace_option_warns_and_falls_back_to_the_global_namespace()
    {
        var run = GeneratorHarness.Run(new[] { Good }, new Dictionary<string, string> { ["ArticleGenNamespace"] = "My.class" });
        Assert.Single(run.Diagnostics("ARTG021"));
        Assert.Empty(run.CompileDiagnostics);
    }
}
