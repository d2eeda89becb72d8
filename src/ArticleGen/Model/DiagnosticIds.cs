namespace ArticleGen.Model;

/// <summary>
/// The ids of every problem ArticleGen reports. The parser produces them as data; the descriptors
/// (severity, message, help link) are in <c>Diagnostics/DiagnosticDescriptors.cs</c>; each has a page
/// under <c>docs/diagnostics/</c>. Ids are never reused.
/// </summary>
internal static class DiagnosticIds
{
    public const string NoHeadline = "ARTG001";
    public const string EmptyArticle = "ARTG002";
    public const string BinaryContent = "ARTG003";
    public const string ControlCharacter = "ARTG004";
    public const string InvalidUtf8 = "ARTG005";
    public const string DoubleEncoded = "ARTG006";
    public const string BidiControl = "ARTG007";
    public const string UnclosedQuote = "ARTG008";
    public const string StrayClosingQuote = "ARTG009";
    public const string MismatchedQuotes = "ARTG010";
    public const string EmptyCredit = "ARTG011";
    public const string MalformedDuration = "ARTG012";
    public const string EmptySection = "ARTG013";
    public const string DuplicateSectionTitle = "ARTG014";
    public const string NoParagraphs = "ARTG015";
    public const string UnknownHeaderKey = "ARTG016";
    public const string InvalidDate = "ARTG017";
    public const string IdentifierClash = "ARTG018";
    public const string ReservedIdentifier = "ARTG019";
    public const string InvalidIdentifier = "ARTG020";
    public const string InvalidOption = "ARTG021";
    public const string MissingRuntime = "ARTG022";
    public const string EmptyCaption = "ARTG023";
    public const string ParserFailure = "ARTG024";
    public const string AttributionFailure = "ARTG025";
}
