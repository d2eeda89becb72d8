using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleGen.Model;

namespace ArticleGen.Benchmarks.Alternatives;

// Alternative (b): what a user might do without ArticleGen — keep the article as a JSON file of
// its model and read it at run time with System.Text.Json source generation. The model mirrors
// ArticleGen.Article's data (flat lists with indexes; the cross-links the runtime builds, such as
// Section.Quotes and Speaker.Quotes, are left to the caller, so this does less work than ArticleStore).

public sealed record JsonArticle(
    string Slug,
    string RelativePath,
    string Headline,
    int HeadlineSource,
    DateTime? Date,
    string? Language,
    string? Author,
    string? Source,
    string? Url,
    string[] Tags,
    JsonSection[] Sections,
    JsonParagraph[] Paragraphs,
    JsonCaption[] Captions,
    JsonSpeaker[] Speakers,
    JsonQuote[] Quotes,
    JsonSkippedQuote[] SkippedQuotes,
    int WordCount);

public sealed record JsonSection(string? Title, int Line, int FirstParagraph, int ParagraphCount);

public sealed record JsonParagraph(string Text, int Line, int SectionIndex);

public sealed record JsonCaption(int Kind, string Text, string? Credit, int? DurationSeconds, int Line);

public sealed record JsonSpeaker(string Name, string? Role);

public sealed record JsonQuote(string Text, int SpeakerIndex, bool IsPartial, int Location, int ContainerIndex, int Line, int Column);

public sealed record JsonSkippedQuote(string Text, string Reason, int Line, int Column);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonArticle))]
public sealed partial class JsonArticleContext : JsonSerializerContext
{
}

public static class JsonArticles
{
    /// <summary>The UTF-8 JSON of a parsed article, as a build step or a script would have written it.</summary>
    internal static byte[] ToUtf8Json(ArticleDocument document, string slug, string relativePath)
    {
        var model = new JsonArticle(
            slug,
            relativePath,
            document.Headline,
            (int)document.HeadlineSource,
            document.Date is { } d ? new DateTime(d.Year, d.Month, d.Day) : null,
            document.Language,
            document.Author,
            document.Source,
            document.Url,
            document.Tags.ToArray(),
            document.Sections.Select(s => new JsonSection(s.Title, s.Line, s.FirstParagraph, s.ParagraphCount)).ToArray(),
            document.Paragraphs.Select(p => new JsonParagraph(p.Text, p.Line, p.SectionIndex)).ToArray(),
            document.Captions.Select(c => new JsonCaption((int)c.Kind, c.Text, c.Credit, c.DurationSeconds, c.Line)).ToArray(),
            document.Speakers.Select(s => new JsonSpeaker(s.Name, s.Role)).ToArray(),
            document.Quotes.Select(q => new JsonQuote(q.Text, q.SpeakerIndex, q.IsPartial, (int)q.Location, q.ContainerIndex, q.Line, q.Column)).ToArray(),
            document.SkippedQuotes.Select(s => new JsonSkippedQuote(s.Text, s.Reason, s.Line, s.Column)).ToArray(),
            document.WordCount);
        return JsonSerializer.SerializeToUtf8Bytes(model, JsonArticleContext.Default.JsonArticle);
    }

    public static JsonArticle Read(byte[] utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, JsonArticleContext.Default.JsonArticle)!;
}
