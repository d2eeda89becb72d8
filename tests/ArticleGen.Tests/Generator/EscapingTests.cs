using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Generator;

/// <summary>Whatever characters an article holds, the generated code compiles and the data reads back exactly.</summary>
public sealed class EscapingTests
{
    private const string Hostile =
        "Quotes \" and \\ backslashes, braces { } and {{0}}, comment ends */ and /* opens, // slashes, "
        + "a line separator \u2028 a paragraph separator \u2029 a next-line \u0085, a BOM \uFEFF, "
        + "bidi \u202E reversed \u202C and \u2066isolate\u2069, a lone high \uD800 and low \uDC00 surrogate, "
        + "an emoji 😀, a bell \u0007, a form feed \f, XML <summary> & </remarks>, and #if DEBUG.";

    [Fact]
    public void Hostile_text_compiles_and_reads_back_exactly()
    {
        var text = "Title with \"quotes\" </summary> \u202E\n\n" + Hostile;
        var run = GeneratorHarness.Run(new ArticleInput("Articles/Hostile.txt", text));
        Assert.Empty(run.CompileDiagnostics);

        var article = (ArticleGen.Article)run.ReadArticles("Hostile")!;
        Assert.Equal("Title with \"quotes\" </summary> \u202E", article.Headline);
        Assert.Equal(Hostile, Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void Bidirectional_controls_never_reach_generated_code_unescaped()
    {
        var run = GeneratorHarness.Run(new ArticleInput("Articles/Bidi.txt", "Head\u202Eline\n\nText \u2066with\u2069 \u202Abidi\u202C controls."));
        foreach (var source in run.Sources)
        {
            var code = source.SourceText.ToString();
            Assert.DoesNotContain(code, c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029' or '\uFEFF');
        }

        Assert.Single(run.Diagnostics("ARTG007"));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("Articles/class.txt", "Class")]
    [InlineData("Articles/System.txt", "System")]
    [InlineData("Articles/global.txt", "Global")]
    [InlineData("Articles/ArticleGen.txt", "ArticleGen")]
    public void Articles_named_like_keywords_or_namespaces_still_work(string path, string identifier)
    {
        var run = GeneratorHarness.Run(new ArticleInput(path, "Title\n\nBody."));
        Assert.Empty(run.CompileDiagnostics);
        Assert.Equal("Title", ((ArticleGen.Article)run.ReadArticles(identifier)!).Headline);
    }

    [Fact]
    public void A_literal_read_from_a_buffer_is_the_literal_of_its_first_characters()
    {
        // In code, not [InlineData]: attribute strings are stored as UTF-8, which turns lone surrogates into U+FFFD.
        // What follows the length in the buffer (here a low surrogate, which would pair with a high one
        // at the end) must not change the literal.
        var cases = new[]
        {
            "plain text",
            "quotes \" and \\ \n\r\t\u2028",
            "a pair \uD83D\uDE00 kept whole",
            "a lone high \uD800",
            "\uDC00 a lone low",
            "two highs \uD800\uD83D\uDE00",
            string.Empty,
        };
        foreach (var value in cases)
        {
            var expected = new System.Text.StringBuilder();
            ArticleGen.Emit.CSharpText.AppendLiteral(expected, value);
            var buffer = (value + "\uDC00 more").ToCharArray();
            var actual = new System.Text.StringBuilder();
            ArticleGen.Emit.CSharpText.AppendLiteral(actual, buffer, value.Length);
            Assert.Equal(expected.ToString(), actual.ToString());
        }
    }
}
