using System.Text.Json;
using ArticleGen.Model;
using ArticleGen.Parsing;
using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Parsing;

/// <summary>The seed article against its hand-written ground truth (Seeds/Alep2016.expected.json).</summary>
public sealed class SeedArticleTests
{
    private static readonly ArticleDocument Article = ArticleParser.Parse(TestFiles.Seed);
    private static readonly JsonElement Expected = JsonDocument.Parse(TestFiles.Read("Seeds", "Alep2016.expected.json")).RootElement;

    [Fact]
    public void Sections_and_paragraphs_match_the_ground_truth()
    {
        var sections = Expected.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(sections.Count, Article.Sections.Count);
        for (var s = 0; s < sections.Count; s++)
        {
            var expectedTitle = sections[s].GetProperty("title");
            Assert.Equal(expectedTitle.ValueKind == JsonValueKind.Null ? null : expectedTitle.GetString(), Article.Sections[s].Title);
            var expectedParagraphs = sections[s].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
            var actual = Article.Paragraphs.Where(p => p.SectionIndex == s).Select(p => p.Text).ToList();
            Assert.Equal(expectedParagraphs, actual);
            Assert.Equal(expectedParagraphs.Count, Article.Sections[s].ParagraphCount);
        }

        Assert.Equal(10, Article.Paragraphs.Count);
    }

    [Fact]
    public void Captions_match_the_ground_truth()
    {
        var captions = Expected.GetProperty("captions").EnumerateArray().ToList();
        Assert.Equal(3, captions.Count);
        Assert.Equal(captions.Count, Article.Captions.Count);
        for (var i = 0; i < captions.Count; i++)
        {
            var expected = captions[i];
            var actual = Article.Captions[i];
            Assert.Equal(expected.GetProperty("kind").GetString(), actual.Kind.ToString().ToLowerInvariant());
            Assert.Equal(expected.GetProperty("text").GetString(), actual.Text);
            Assert.Equal(NullableString(expected.GetProperty("credit")), actual.Credit);
            var duration = NullableString(expected.GetProperty("duration"));
            Assert.Equal(duration is null ? null : DurationLine.ParseClock(duration), actual.DurationSeconds);
        }

        Assert.Equal(44, Article.Captions[1].DurationSeconds);
        Assert.Equal(64, Article.Captions[2].DurationSeconds);
    }

    [Fact]
    public void Quotes_and_speakers_match_the_ground_truth()
    {
        var quotes = Expected.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(9, quotes.Count);
        Assert.Equal(quotes.Count, Article.Quotes.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            var expected = quotes[i];
            var actual = Article.Quotes[i];
            Assert.Equal(expected.GetProperty("text").GetString(), actual.Text);
            Assert.Equal(expected.GetProperty("speaker").GetString(), Article.Speakers[actual.SpeakerIndex].Name);
            Assert.Equal(expected.GetProperty("partial").GetBoolean(), actual.IsPartial);
        }
    }

    [Fact]
    public void Quote_in_a_video_caption_points_at_the_caption()
    {
        var last = Article.Quotes[^1];
        Assert.Equal(QuoteLocation.Caption, last.Location);
        Assert.Equal(2, last.ContainerIndex);
        Assert.Equal(30, last.Line);
    }

    [Fact]
    public void Without_a_headline_the_first_sentence_is_used_and_reported()
    {
        // The ground truth says the file has no headline (null): ArticleGen still exposes one, says
        // where it came from, and tells the author with ARTG001.
        Assert.Equal(JsonValueKind.Null, Expected.GetProperty("headline").ValueKind);
        Assert.Equal(HeadlineSource.FirstSentence, Article.HeadlineSource);
        Assert.Equal("L’armée syrienne a annoncé jeudi soir 22 septembre le début d’une offensive dans la partie rebelle de la ville d’Alep, avec l’objectif ultime de reprendre ce secteur qui lui échappe depuis 2012.", Article.Headline);
        var diagnostic = Assert.Single(Article.Diagnostics);
        Assert.Equal(DiagnosticIds.NoHeadline, diagnostic.Id);
        Assert.Equal(2, diagnostic.Range.StartLine); // line 3, 0-based
    }

    [Fact]
    public void Speakers_carry_the_roles_the_article_gives()
    {
        var roles = Article.Speakers.ToDictionary(s => s.Name, s => s.Role);
        Assert.Equal("ministre des affaires étrangères français", roles["Jean-Marc Ayrault"]);
        Assert.Equal("chef de la diplomatie russe", roles["Sergueï Lavrov"]);
        Assert.Equal("secrétaire d’Etat américain", roles["John Kerry"]);
        Assert.Equal("envoyé spécial de l’ONU", roles["Staffan de Mistura"]);
        Assert.Equal("ministre britannique", roles["Boris Johnson"]);
    }

    [Fact]
    public void Language_is_detected_as_French_and_words_are_counted()
    {
        Assert.Equal("fr", Article.Language);
        Assert.Null(Article.Date); // "jeudi soir 22 septembre" has no year: not a date
        Assert.InRange(Article.WordCount, 480, 530);
    }

    private static string? NullableString(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();
}
