using ArticleGen.Parsing;
using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Generator;

/// <summary>
/// A bug in the parser must never escape as an exception: the compiler would turn it into warning
/// CS8785 and drop every generated file. A fault is injected into one stage (on this test's thread
/// only) to prove the guards turn it into a diagnostic and keep the rest.
/// </summary>
public sealed class FailureGuardTests
{
    [Fact]
    public void A_failure_in_attribution_keeps_the_quotes_without_speakers_and_warns_ARTG025()
    {
        var text = TestFiles.Seed;
        ArticleGen.Model.ArticleDocument document;
        using (FaultInjection.Fail(FaultInjection.Attribution))
        {
            document = ArticleParser.Parse(text);
        }

        // Two of the seed's nine quotes are short fragments kept only because a speaker's verb
        // introduces them (QuoteFilter): without attribution they are set aside, the rest stay.
        Assert.Equal(7, document.Quotes.Count);
        Assert.All(document.Quotes, q => Assert.Equal(-1, q.SpeakerIndex));
        Assert.Empty(document.Speakers);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == "ARTG025");
        Assert.Equal("InvalidOperationException", diagnostic.Arguments[0]);

        // Without the fault the same text parses with its speakers: the guard changed nothing else.
        var normal = ArticleParser.Parse(text);
        Assert.Equal(9, normal.Speakers.Count);
        Assert.Equal(document.Paragraphs, normal.Paragraphs);
        Assert.Subset(normal.Quotes.Select(q => q.Text).ToHashSet(), document.Quotes.Select(q => q.Text).ToHashSet());
    }

    [Fact]
    public void A_failure_in_one_article_is_error_ARTG024_on_that_file_and_the_other_articles_are_generated()
    {
        GeneratorRun run;
        using (FaultInjection.Fail(FaultInjection.Parsing, text => text.Contains("Broken", StringComparison.Ordinal)))
        {
            run = GeneratorHarness.Run(
                new ArticleInput("Articles/Bad.txt", "Broken title\n\nA paragraph."),
                new ArticleInput("Articles/Good.txt", "Good title\n\n“We will rebuild,” said Jane Doe."));
        }

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        var failure = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "ARTG024");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, failure.Severity);
        Assert.EndsWith("Articles/Bad.txt", failure.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("This is a bug in ArticleGen", failure.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "ARTG024" && d.Location.GetLineSpan().Path.EndsWith("Good.txt", StringComparison.Ordinal));

        Assert.Contains(run.Sources, s => s.HintName == "Articles.Good.g.cs" && s.SourceText.ToString().Contains("Jane Doe", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName == "Articles.Bad.g.cs");
        Assert.Empty(run.CompileDiagnostics);
    }
}
