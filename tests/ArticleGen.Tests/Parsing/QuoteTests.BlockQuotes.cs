using ArticleGen.Model;
using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A quotation over paragraphs marked only at its two ends, as blogs print a block quote ("At Asia Times, Donald Kirk says: |
/// “The North Koreans … | Steinberg has not talked publicly … for North Korea.”"): one quote per paragraph, one speaker, no
/// warning; and an opening mark closes when it is a paragraph's last character after a space, or written against a word's end
/// while a pair is open (twenty-sixth session, from the Global Voices posts of 2009).
/// </summary>
public sealed class QuoteBlockQuoteTests
{
    private static ArticleDocument Parse(params string[] paragraphs) =>
        ArticleParser.Parse("Headline: Test article\nLanguage: en\n\n" + string.Join("\n\n", paragraphs));

    private static string?[] Speakers(ArticleDocument article) =>
        article.Quotes.Select(q => q.SpeakerIndex < 0 ? null : article.Speakers[q.SpeakerIndex].Name).ToArray();

    [Fact]
    public void A_quotation_marked_only_at_its_ends_gives_one_quote_per_paragraph()
    {
        var article = Parse(
            "At Asia Times, Donald Kirk says:",
            "“The North Koreans also get offended every time a top-level visitor comes.",
            "Steinberg has not talked publicly about the two women.”",
            "The trial ended on Monday.");

        Assert.Equal(
            new[] { "The North Koreans also get offended every time a top-level visitor comes.", "Steinberg has not talked publicly about the two women." },
            article.Quotes.Select(q => q.Text));
        Assert.Equal(new[] { "Donald Kirk", "Donald Kirk" }, Speakers(article));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Middle_paragraphs_are_quoted_whole_with_their_own_pairs_nested()
    {
        var article = Parse(
            "The blog's author, Richard Horgan, writes:",
            "“Into that mad kingdom wandered two journalists.",
            "Harsh interrogations followed, and an unspecified “grave crime.”",
            "The analogy helps us make sense of the verdict.”");

        Assert.Equal(
            new[] { "Into that mad kingdom wandered two journalists.", "Harsh interrogations followed, and an unspecified “grave crime.”", "The analogy helps us make sense of the verdict." },
            article.Quotes.Select(q => q.Text));
        Assert.All(Speakers(article), speaker => Assert.Equal("Richard Horgan", speaker));
    }

    [Fact]
    public void Text_after_the_closing_mark_is_read_as_usual()
    {
        var article = Parse(
            "Donald Kirk writes:",
            "“The first part is long.",
            "The second part ends here.” Others called it “a dangerous idea for everyone involved” on Monday.");

        Assert.Equal(
            new[] { "The first part is long.", "The second part ends here.", "a dangerous idea for everyone involved" },
            article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_paragraph_that_closes_one_block_quote_may_open_the_next()
    {
        var article = Parse(
            "Donald Kirk writes:",
            "“The first part is long.",
            "It ends there.” Others called it “a bad idea for all”. He goes on: “A third part begins.",
            "And it ends here, after a much longer paragraph than the one before it.”");

        Assert.Equal(
            new[]
            {
                "The first part is long.", "It ends there.", "a bad idea for all", "A third part begins.",
                "And it ends here, after a much longer paragraph than the one before it.",
            },
            article.Quotes.Select(q => q.Text));
        Assert.Empty(article.Diagnostics);
    }

    [Theory]
    [InlineData("“The first part is long.", "A photo of the bridge at night | AFP", "The second part ends here.”")]
    [InlineData("“The first part is long.", "One.", "Two.", "Three.", "Four.", "The second part ends here.”")]
    [InlineData("“The first part is long.", "A paragraph “with its own open mark.", "The second part ends here.”")]
    [InlineData("“The first part is long.", "The second part ends here.»")]
    public void No_block_quote_past_a_caption_five_paragraphs_another_unpaired_mark_or_the_wrong_mark(params string[] paragraphs)
    {
        var article = Parse(paragraphs);

        Assert.DoesNotContain(article.Quotes, q => q.Text.StartsWith("The first part", StringComparison.Ordinal));
        Assert.Contains(article.Diagnostics, d => d.Id == DiagnosticIds.UnclosedQuote);
    }

    [Fact]
    public void An_opening_mark_that_ends_a_paragraph_closes()
    {
        var article = Parse("Michael Sata told the minister: “So, I am not asking for a witch-hunt. “", "The minister did not answer.");

        Assert.Equal("So, I am not asking for a witch-hunt.", Assert.Single(article.Quotes).Text);
        Assert.Equal("Michael Sata", Speakers(article)[0]);
        Assert.Empty(article.Diagnostics);
    }

    [Theory]
    [InlineData("Rodrigue Kopgli calls him “one of the last crocodiles of Françafrique“ and moves on to the succession.")]
    [InlineData("Rodrigue Kopgli calls him “one of the last crocodiles of Françafrique“. He moves on to the succession.")]
    public void An_opening_mark_written_against_a_word_s_end_closes_the_open_pair(string paragraph)
    {
        var article = Parse(paragraph);

        Assert.Equal("one of the last crocodiles of Françafrique", Assert.Single(article.Quotes).Text);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void A_pronoun_after_a_block_quote_does_not_stand_for_a_name_quoted_inside_it()
    {
        var article = Parse(
            "At Asia Times, Donald Kirk says:",
            "“The North Koreans get offended every time a top-level visitor comes.",
            "Could he have had their case in mind when he assured Lee that no aid would come.”",
            "He then speculates about Gore:",
            "“How about giving them up to a high-level delegation?”");

        Assert.Equal("Donald Kirk", Speakers(article)[2]);
    }
}
