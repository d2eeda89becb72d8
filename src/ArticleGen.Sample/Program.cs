// The seed article, read at compile time by ArticleGen from Articles/Alep2016.txt.
using ArticleGen;

var article = Articles.Alep2016;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine($"# {article.Headline}");
Console.WriteLine($"  (headline from: {article.HeadlineSource}; {article.Language}; {article.WordCount} words; {article.RelativePath})");
Console.WriteLine();

foreach (var section in article.Sections)
{
    Console.WriteLine($"## {section.Title ?? "(opening)"}");
    foreach (var paragraph in section.Paragraphs)
    {
        Console.WriteLine($"  [line {paragraph.Line}] {paragraph.Text}");
    }

    Console.WriteLine();
}

Console.WriteLine($"## Quotes ({article.Quotes.Count})");
foreach (var quote in article.Quotes)
{
    var kind = quote.IsPartial ? "partial" : "standalone";
    Console.WriteLine($"  {quote.Speaker ?? "(unknown)"}: « {quote.Text} » ({kind}, line {quote.Line})");
}

Console.WriteLine();
Console.WriteLine($"## Speakers ({article.Speakers.Count})");
foreach (var speaker in article.Speakers)
{
    var role = speaker.Role is null ? string.Empty : $", {speaker.Role}";
    Console.WriteLine($"  {speaker.Name}{role}: {speaker.Quotes.Count} quote(s)");
}

Console.WriteLine();
Console.WriteLine($"## Captions ({article.Captions.Count})");
foreach (var caption in article.Captions)
{
    var extra = caption.Kind == CaptionKind.Photo ? $"credit: {caption.Credit}" : $"duration: {caption.Duration:mm\\:ss}";
    Console.WriteLine($"  [{caption.Kind}] {caption.Text} ({extra})");
}
