using System.Collections.Generic;
using ArticleGen.Model;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Diagnostics;

/// <summary>
/// Every diagnostic ArticleGen reports: one category, a help page per id under docs/diagnostics/,
/// and messages that say what is wrong and how to fix it. Severities follow one rule: an error only
/// where the generated data would be wrong or missing; everything else is a warning an author can
/// raise (<c>ArticleGenStrict</c>) or lower (<c>.editorconfig</c>).
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "ArticleGen";
    private const string HelpBase = "https://github.com/articlegen/articlegen/blob/main/docs/diagnostics/";

    /// <summary>"The article has no headline, so its first sentence is used …"</summary>
    public static readonly DiagnosticDescriptor NoHeadline = Create(
        DiagnosticIds.NoHeadline, DiagnosticSeverity.Info, "Article has no headline",
        "The article has no headline, so its first sentence is used: add a 'Headline: …' line in a header block at the top of the file, or a title line before the first paragraph");

    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        DiagnosticIds.EmptyArticle, DiagnosticSeverity.Warning, "Empty article file",
        "The article file is empty or holds only white space: write the article in it, or remove it from the articles");

    public static readonly DiagnosticDescriptor BinaryContent = Create(
        DiagnosticIds.BinaryContent, DiagnosticSeverity.Error, "Article file is not text",
        "The article file holds {0} NUL character(s) (first: {1}), so it is not a text file: save it as UTF-8 text, or remove it from the articles");

    public static readonly DiagnosticDescriptor ControlCharacter = Create(
        DiagnosticIds.ControlCharacter, DiagnosticSeverity.Warning, "Control characters in an article",
        "The article holds {0} control character(s) (first: {1}) that text does not contain: remove them (they are kept, escaped, in the generated data)");

    public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
        DiagnosticIds.InvalidUtf8, DiagnosticSeverity.Warning, "Article is not valid UTF-8",
        "The article holds {0} replacement character(s) ({1}): bytes that were not valid UTF-8 when it was read; re-save the file as UTF-8");

    public static readonly DiagnosticDescriptor DoubleEncoded = Create(
        DiagnosticIds.DoubleEncoded, DiagnosticSeverity.Warning, "Article looks double-encoded",
        "The article looks double-encoded in {0} place(s) (such as 'Ã©' for 'é' or 'â€™' for '’'): UTF-8 text was read as Windows-1252 and saved again; re-save it from the original UTF-8 text");

    public static readonly DiagnosticDescriptor BidiControl = Create(
        DiagnosticIds.BidiControl, DiagnosticSeverity.Warning, "Bidirectional control characters",
        "The article holds {0} bidirectional control character(s) (first: {1}) that can make text display in another order than it is stored (Trojan Source): remove them unless the text needs them");

    public static readonly DiagnosticDescriptor UnclosedQuote = Create(
        DiagnosticIds.UnclosedQuote, DiagnosticSeverity.Warning, "Unclosed quote mark",
        "Quote mark '{0}' is never closed before the end of its paragraph, caption or headline: add the closing mark; until then its words are not generated as a quote");

    public static readonly DiagnosticDescriptor StrayClosingQuote = Create(
        DiagnosticIds.StrayClosingQuote, DiagnosticSeverity.Warning, "Closing quote mark with no opening mark",
        "Closing quote mark '{0}' has no opening mark before it: add the opening mark, or remove this one");

    public static readonly DiagnosticDescriptor MismatchedQuotes = Create(
        DiagnosticIds.MismatchedQuotes, DiagnosticSeverity.Warning, "Quote marks nested out of order",
        "Quote mark '{0}' is still open when the quote around it closes: close the inner quote first, as in « … “ … ” … »");

    public static readonly DiagnosticDescriptor EmptyCredit = Create(
        DiagnosticIds.EmptyCredit, DiagnosticSeverity.Warning, "Photo caption with an empty credit",
        "The photo caption has nothing after ' | ': write the credit (such as 'AFP'), or remove the ' |'");

    public static readonly DiagnosticDescriptor MalformedDuration = Create(
        DiagnosticIds.MalformedDuration, DiagnosticSeverity.Warning, "Malformed duration",
        "'{0}' is not a duration: write it as M:SS, MM:SS or H:MM:SS, such as 'Durée : 01:04' (the caption is generated with no duration)");

    public static readonly DiagnosticDescriptor EmptySection = Create(
        DiagnosticIds.EmptySection, DiagnosticSeverity.Warning, "Section heading with no paragraph",
        "Section '{0}' has no paragraph under it: add its paragraphs, or remove the heading");

    public static readonly DiagnosticDescriptor DuplicateSectionTitle = Create(
        DiagnosticIds.DuplicateSectionTitle, DiagnosticSeverity.Warning, "Two sections with the same title",
        "Section title '{0}' is already used on line {1}: give each section its own title");

    public static readonly DiagnosticDescriptor NoParagraphs = Create(
        DiagnosticIds.NoParagraphs, DiagnosticSeverity.Warning, "Article with headings only",
        "The article has section headings but no paragraph: write the paragraphs under its headings");

    public static readonly DiagnosticDescriptor UnknownHeaderKey = Create(
        DiagnosticIds.UnknownHeaderKey, DiagnosticSeverity.Warning, "Unknown header key",
        "Unknown header key '{0}'{1}: the keys are Headline, Date, Author, Source, Url, Language and Tags; the line is ignored");

    public static readonly DiagnosticDescriptor InvalidDate = Create(
        DiagnosticIds.InvalidDate, DiagnosticSeverity.Warning, "Date that does not parse",
        "Date '{0}' cannot be read: write it as 2016-09-22, '22 septembre 2016' or 'September 22, 2016' (this value is ignored)");

    public static readonly DiagnosticDescriptor IdentifierClash = Create(
        DiagnosticIds.IdentifierClash, DiagnosticSeverity.Error, "Two article files give the same identifier",
        "Article files '{0}' and '{1}' both give the identifier '{2}', so '{1}' is not generated: rename one, or give it its own identifier with <AdditionalFiles Update=\"{1}\" ArticleGenIdentifier=\"OtherName\" />");

    public static readonly DiagnosticDescriptor ReservedIdentifier = Create(
        DiagnosticIds.ReservedIdentifier, DiagnosticSeverity.Error, "Article identifier clashes with a member of Articles",
        "Article file '{0}' gives the identifier '{1}', which the Articles class already uses, so it is not generated: rename the file, or set <AdditionalFiles Update=\"{0}\" ArticleGenIdentifier=\"OtherName\" />");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Create(
        DiagnosticIds.InvalidIdentifier, DiagnosticSeverity.Error, "Invalid explicit article identifier",
        "ArticleGenIdentifier '{0}' of '{1}' is not a valid C# identifier, so the article is not generated: use letters, digits and single underscores, not starting with a digit, and not a keyword");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption, DiagnosticSeverity.Warning, "Invalid ArticleGen MSBuild option",
        "MSBuild property {0} is '{1}': {2}");

    public static readonly DiagnosticDescriptor MissingRuntime = Create(
        DiagnosticIds.MissingRuntime, DiagnosticSeverity.Error, "ArticleGen.Runtime is not referenced",
        "The project has article files but does not reference ArticleGen.Runtime, which the generated articles are built on, so none is generated: reference the ArticleGen package (not only its analyzer)");

    public static readonly DiagnosticDescriptor EmptyCaption = Create(
        DiagnosticIds.EmptyCaption, DiagnosticSeverity.Warning, "Caption with no text",
        "The caption has a duration but no title: write its title on the line(s) above the duration");

    public static readonly DiagnosticDescriptor ParserFailure = Create(
        DiagnosticIds.ParserFailure, DiagnosticSeverity.Error, "ArticleGen failed on this article",
        "ArticleGen failed while reading this article ({0}: {1}), so it is generated empty; the other articles are not affected. This is a bug in ArticleGen: please report it with the article file");

    public static readonly DiagnosticDescriptor AttributionFailure = Create(
        DiagnosticIds.AttributionFailure, DiagnosticSeverity.Warning, "ArticleGen could not attribute this article's quotes",
        "ArticleGen failed while working out who said this article's quotes ({0}: {1}), so its quotes are generated without speakers (and fragments recognised only by their speaker's verb are left out). This is a bug in ArticleGen: please report it with the article file");

    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(
        NoHeadline, EmptyArticle, BinaryContent, ControlCharacter, InvalidUtf8, DoubleEncoded, BidiControl, UnclosedQuote,
        StrayClosingQuote, MismatchedQuotes, EmptyCredit, MalformedDuration, EmptySection, DuplicateSectionTitle, NoParagraphs,
        UnknownHeaderKey, InvalidDate, IdentifierClash, ReservedIdentifier, InvalidIdentifier, InvalidOption, MissingRuntime, EmptyCaption,
        ParserFailure, AttributionFailure);

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string message) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static IReadOnlyDictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            byId.Add(descriptor.Id, descriptor);
        }

        return byId;
    }
}
