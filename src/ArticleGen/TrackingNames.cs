namespace ArticleGen;

/// <summary>Names of the pipeline steps, so tests can assert which ones ran, were cached or unchanged.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string HasRuntime = nameof(HasRuntime);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string Parsed = nameof(Parsed);
    public const string Identities = nameof(Identities);
    public const string IndexPlan = nameof(IndexPlan);
    public const string ArticleSources = nameof(ArticleSources);
    public const string IndexSource = nameof(IndexSource);
}
