using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ArticleGen.Model;

namespace ArticleGen.Emit;

/// <summary>
/// Gives every article file its identifier, slug and hint name, and rejects the ones that cannot
/// have one (an invalid explicit identifier, a reserved name, a clash), each with an error naming the
/// files and the way out. Files are taken in ordinal order of their relative path, so the first
/// file keeps a contested name whatever order the build lists them in.
/// </summary>
internal static class IndexPlanner
{
    public static IndexPlan Plan(ImmutableArray<ArticleIdentity> identities)
    {
        var sorted = new List<ArticleIdentity>(identities);
        sorted.Sort((a, b) =>
        {
            var byRelative = string.CompareOrdinal(a.RelativePath, b.RelativePath);
            return byRelative != 0 ? byRelative : string.CompareOrdinal(a.Path, b.Path);
        });

        var owners = new Dictionary<string, ArticleIdentity>(StringComparer.Ordinal);
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var planned = new List<PlannedArticle>(sorted.Count);
        foreach (var file in sorted)
        {
            var fileName = FileNameWithoutExtension(file.RelativePath);
            var identifier = file.ExplicitIdentifier ?? Identifiers.FromFileName(fileName);
            ArticleDiagnostic? problem = null;
            if (file.ExplicitIdentifier is not null && !Identifiers.IsValidExplicit(file.ExplicitIdentifier))
            {
                problem = Problem(DiagnosticIds.InvalidIdentifier, file.ExplicitIdentifier, file.RelativePath);
            }
            else if (Identifiers.Reserved.Contains(identifier))
            {
                problem = Problem(DiagnosticIds.ReservedIdentifier, file.RelativePath, identifier);
            }
            else if (owners.TryGetValue(identifier, out var owner))
            {
                problem = Problem(DiagnosticIds.IdentifierClash, owner.RelativePath, file.RelativePath, identifier);
            }

            if (problem is not null)
            {
                planned.Add(new PlannedArticle(file.Path, file.RelativePath, null, string.Empty, string.Empty, problem));
                continue;
            }

            owners.Add(identifier, file);
            var slug = Unique(slugs, Identifiers.SlugFromFileName(fileName), "-");
            var hint = Unique(hintNames, "Articles." + identifier, "_") + ".g.cs";
            planned.Add(new PlannedArticle(file.Path, file.RelativePath, identifier, slug, hint, null));
        }

        return new IndexPlan(planned.ToEquatableArray());
    }

    /// <summary>A name not taken yet: the name itself, else with a counter (<c>x-2</c>).</summary>
    private static string Unique(HashSet<string> taken, string name, string separator)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + separator + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static ArticleDiagnostic Problem(string id, params string[] arguments) =>
        new(id, new EquatableArray<string>(arguments), TextRange.FileStart);

    private static string FileNameWithoutExtension(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
