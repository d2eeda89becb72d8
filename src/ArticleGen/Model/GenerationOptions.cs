namespace ArticleGen.Model;

/// <summary>
/// The project-wide settings that shape the generated code, read from MSBuild properties
/// (<c>ArticleGenNamespace</c>, <c>ArticleGenVisibility</c>, <c>ArticleGenStrict</c>), the language
/// version, and whether the compilation references ArticleGen.Runtime (without it nothing is emitted).
/// </summary>
internal sealed record GenerationOptions(
    string? Namespace,
    bool IsPublic,
    bool NullableAnnotations,
    bool Strict,
    bool HasRuntime,
    EquatableArray<ArticleDiagnostic> Problems)
{
    public string Visibility => IsPublic ? "public" : "internal";
}

/// <summary>An article file as the pipeline reads it: paths, per-file metadata and its text.</summary>
internal sealed record ArticleFile(string Path, string RelativePath, string? ExplicitIdentifier, string? Language, string Text);

/// <summary>The small per-file summary gathered for the index: it changes only when files are added, removed or renamed.</summary>
internal sealed record ArticleIdentity(string Path, string RelativePath, string? ExplicitIdentifier);

/// <summary>What the index decided for one file: its identifier, slug and hint name, or why it is not generated.</summary>
internal sealed record PlannedArticle(string Path, string RelativePath, string? Identifier, string Slug, string HintName, ArticleDiagnostic? Problem);

/// <summary>The decisions for every article file, in a stable order (ordinal by relative path).</summary>
internal sealed class IndexPlan : System.IEquatable<IndexPlan>
{
    // A lookup by path, so each article finds its decision in O(1): with 10,000 articles a linear
    // search per article would be quadratic. Not part of equality: it is derived from Articles.
    private readonly System.Collections.Generic.Dictionary<string, PlannedArticle> _byPath;

    public IndexPlan(EquatableArray<PlannedArticle> articles)
    {
        Articles = articles;
        _byPath = new System.Collections.Generic.Dictionary<string, PlannedArticle>(System.StringComparer.Ordinal);
        foreach (var article in articles)
        {
            _byPath[article.Path] = article;
        }
    }

    public EquatableArray<PlannedArticle> Articles { get; }

    public PlannedArticle? Find(string path) => _byPath.TryGetValue(path, out var article) ? article : null;

    public bool Equals(IndexPlan? other) => other is not null && Articles.Equals(other.Articles);

    public override bool Equals(object? obj) => Equals(obj as IndexPlan);

    public override int GetHashCode() => Articles.GetHashCode();
}

/// <summary>A parsed article with the path its diagnostics are reported at.</summary>
internal sealed record ParsedArticle(string Path, string RelativePath, ArticleDocument Document);

/// <summary>A generated source file: hint name and text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// One article's output: its generated source (null when nothing is emitted: no runtime referenced,
/// or the index turned the file down) and the parse's diagnostics, with the path they are located in
/// and whether <c>ArticleGenStrict</c> makes warnings errors.
/// </summary>
internal sealed record ArticleOutput(string Path, GeneratedSource? Source, EquatableArray<ArticleDiagnostic> Diagnostics, bool Strict);
