using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Parsing;

/// <summary>The block grammar, rule by rule, on small articles.</summary>
public sealed class BlockGrammarTests
{
    private static ArticleDocument Parse(params string[] lines) => ArticleParser.Parse(string.Join("\n", lines));

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Any_line_ending_gives_the_same_model(string newline)
    {
        var lf = ArticleParser.Parse("Title here\n\nFirst paragraph.\n\nSecond « quoted words here », said Jane Doe.");
        var other = ArticleParser.Parse("Title here\n\nFirst paragraph.\n\nSecond « quoted words here », said Jane Doe.".Replace("\n", newline));
        Assert.Equal(lf.Paragraphs, other.Paragraphs);
        Assert.Equal(lf.Quotes, other.Quotes);
        Assert.Equal(lf.Headline, other.Headline);
    }

    [Fact]
    public void Bom_trailing_spaces_and_tabs_are_ignored()
    {
        var article = ArticleParser.Parse("\uFEFFTitle here \t\n \t \nFirst paragraph.   \n\t\nSecond paragraph.\t");
        Assert.Equal("Title here", article.Headline);
        Assert.Equal(HeadlineSource.TitleLine, article.HeadlineSource);
        Assert.Equal(new[] { "First paragraph.", "Second paragraph." }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { 3, 5 }, article.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Photo_caption_takes_the_credit_after_the_last_bar()
    {
        var article = Parse("A | B photo, here | REUTERS / Jane Roe", "", "Body text.");
        var caption = Assert.Single(article.Captions);
        Assert.Equal(CaptionKind.Photo, caption.Kind);
        Assert.Equal("A | B photo, here", caption.Text);
        Assert.Equal("REUTERS / Jane Roe", caption.Credit);
        Assert.Null(caption.DurationSeconds);
    }

    [Theory]
    [InlineData("Durée : 00:44", 44)]
    [InlineData("Duration: 1:02:03", 3723)]
    [InlineData("Duration: 2:05", 125)]
    [InlineData("durée\u00A0: 10:00", 600)]
    public void Video_caption_ends_with_a_duration_line(string durationLine, int seconds)
    {
        var article = Parse("Body text.", "", "The clip's title", "on two lines", durationLine, "", "More text.");
        var caption = Assert.Single(article.Captions);
        Assert.Equal(CaptionKind.Video, caption.Kind);
        Assert.Equal("The clip's title on two lines", caption.Text);
        Assert.Equal(seconds, caption.DurationSeconds);
        Assert.Equal(3, caption.Line);
    }

    [Fact]
    public void Audio_caption_is_a_timed_block_titled_audio_or_podcast()
    {
        var article = Parse("Body text.", "", "Podcast: the week in review", "Duration: 32:10");
        Assert.Equal(CaptionKind.Audio, Assert.Single(article.Captions).Kind);
    }

    [Theory]
    [InlineData("  • Heading")]
    [InlineData("• Heading")]
    [InlineData("▪ Heading")]
    [InlineData("■ Heading")]
    [InlineData("- Heading")]
    [InlineData("* Heading")]
    [InlineData("\t• Heading")]
    public void Bulleted_one_line_block_is_a_section_heading(string line)
    {
        var article = Parse("Intro paragraph.", "", line, "", "Under the heading.");
        Assert.Equal(new string?[] { null, "Heading" }, article.Sections.Select(s => s.Title));
        Assert.Equal(1, article.Sections[1].ParagraphCount);
        Assert.Equal(1, article.Paragraphs[1].SectionIndex);
    }

    [Fact]
    public void Short_unpunctuated_line_between_paragraphs_is_a_heading()
    {
        var article = Parse("Story Title", "", "First paragraph of the story.", "", "What happens next", "", "Second paragraph.");
        Assert.Equal(new string?[] { null, "What happens next" }, article.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Short_line_at_the_end_stays_a_paragraph()
    {
        var article = Parse("Story Title", "", "First paragraph of the story.", "", "Jane Roe in Paris");
        Assert.Single(article.Sections);
        Assert.Equal("Jane Roe in Paris", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void Article_opening_with_a_heading_has_no_untitled_section()
    {
        var article = Parse("• First", "", "Paragraph one.", "", "• Second", "", "Paragraph two.");
        Assert.Equal(new string?[] { "First", "Second" }, article.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Header_block_sets_headline_date_and_metadata()
    {
        var article = Parse(
            "Headline: Alep: the offensive begins",
            "Date: 2016-09-22",
            "Author: Jane Roe",
            "Source: Le Monde",
            "Url: https://example.org/a",
            "Language: FR",
            "Tags: Syria, war , ",
            "",
            "Body text.");
        Assert.Equal("Alep: the offensive begins", article.Headline);
        Assert.Equal(HeadlineSource.Header, article.HeadlineSource);
        Assert.Equal(new DateModel(2016, 9, 22), article.Date);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal("Le Monde", article.Source);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("fr", article.Language);
        Assert.Equal(new[] { "Syria", "war" }, article.Tags);
        Assert.Single(article.Paragraphs);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Title_line_may_follow_a_photo_caption_and_end_with_a_question_or_quote()
    {
        var article = Parse("A photo. | AFP", "", "Who will pay for « the war »?", "", "Body text.");
        Assert.Equal("Who will pay for « the war »?", article.Headline);
        Assert.Equal(HeadlineSource.TitleLine, article.HeadlineSource);
        Assert.Single(article.Captions);
        Assert.Single(article.Paragraphs);
    }

    [Theory]
    [InlineData("Tuesday, January 28, 2014", 2014, 1, 28)]
    [InlineData("January 28, 2014", 2014, 1, 28)]
    [InlineData("28 January 2014", 2014, 1, 28)]
    [InlineData("Jan. 28, 2014", 2014, 1, 28)]
    [InlineData("26 juin 2012", 2012, 6, 26)]
    [InlineData("mardi 1er mars 2022", 2022, 3, 1)]
    [InlineData("Publié le 26 juin 2012 à 10h30", 2012, 6, 26)]
    [InlineData("2016-09-22", 2016, 9, 22)]
    public void Date_line_before_the_first_paragraph_becomes_the_date(string line, int year, int month, int day)
    {
        var article = Parse("Story Title", "", line, "", "Body text.");
        Assert.Equal(new DateModel(year, month, day), article.Date);
        Assert.Equal("Story Title", article.Headline);
        Assert.Single(article.Paragraphs);
    }

    [Theory]
    [InlineData("WASHINGTON, Jan. 28, 2014 — The president said nothing.", 2014, 1, 28)]
    [InlineData("PARIS, 26 juin 2012 (AFP) – Le ministre a parlé.", 2012, 6, 26)]
    public void Dateline_opening_the_first_paragraph_becomes_the_date(string paragraph, int year, int month, int day)
    {
        var article = Parse("Story Title", "", paragraph);
        Assert.Equal(new DateModel(year, month, day), article.Date);
        Assert.Equal(paragraph, Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void Hard_wrapped_block_is_one_paragraph()
    {
        var article = Parse(
            "Story Title",
            "",
            "The minister arrived in the capital on Monday morning to meet the",
            "leaders of the opposition, who had asked for talks since the spring.");
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal("The minister arrived in the capital on Monday morning to meet the leaders of the opposition, who had asked for talks since the spring.", paragraph.Text);
    }

    [Fact]
    public void Block_of_unwrapped_lines_is_read_line_by_line()
    {
        var article = Parse(
            "Story Title",
            "Tuesday, January 28, 2014",
            "The first paragraph is a full sentence that ends with a period and is long enough to stand alone.",
            "The second paragraph is another full sentence, also long, that the scraper put on its own line.");
        Assert.Equal("Story Title", article.Headline);
        Assert.Equal(new DateModel(2014, 1, 28), article.Date);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Every_non_blank_line_lands_in_exactly_one_element()
    {
        var text = TestFiles_Seed();
        var article = ArticleParser.Parse(text);
        var nonBlank = text.Split('\n').Count(l => l.Trim().Length > 0);
        var headlineLines = article.HeadlineSource is HeadlineSource.Header or HeadlineSource.TitleLine ? 1 : 0;
        var headings = article.Sections.Count(s => s.Title is not null);
        var captionLines = article.Captions.Sum(c => c.Kind == CaptionKind.Photo ? 1 : 2);
        Assert.Equal(nonBlank, headlineLines + headings + captionLines + article.Paragraphs.Count);
    }

    [Fact]
    public void Empty_file_gives_an_empty_article_and_a_warning()
    {
        var article = ArticleParser.Parse(" \n\t\n");
        Assert.Equal(string.Empty, article.Headline);
        Assert.Equal(HeadlineSource.None, article.HeadlineSource);
        Assert.Equal(DiagnosticIds.EmptyArticle, Assert.Single(article.Diagnostics).Id);
    }

    private static string TestFiles_Seed() => TestFiles.Seed;

    [Fact]
    public void A_quotation_set_over_several_lines_of_a_block_is_one_paragraph_and_one_quote()
    {
        var article = Parse(
            "Title here",
            "",
            "In comments online, party chairman Markham Robinson writes:",
            "\"It's a long shot I'll grant you, but our ticket may draw enough votes.",
            "Think about it for a second, who would vote for our ticket?\"",
            "The next line is a paragraph of its own.");
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Empty(article.Diagnostics);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("It's a long shot I'll grant you, but our ticket may draw enough votes. Think about it for a second, who would vote for our ticket?", quote.Text);
        Assert.Equal("Markham Robinson", article.Speakers[quote.SpeakerIndex].Name);
    }

    [Fact]
    public void A_line_that_reopens_a_quote_is_a_run_on_paragraph_not_joined()
    {
        var article = Parse(
            "Title here",
            "",
            "She said: \"The first part of what I said runs on",
            "\"and the second part closes it.\"",
            "A last line.");
        Assert.Equal(3, article.Paragraphs.Count);
    }
}
