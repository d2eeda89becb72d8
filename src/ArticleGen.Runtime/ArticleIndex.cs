using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;

namespace ArticleGen;

/// <summary>
/// The index behind the generated <c>Articles.All</c> and <c>Articles.BySlug</c>. It holds the
/// article identifiers and slugs as two strings (one line each, in the order of <c>All</c>) and finds
/// each article's generated data class by name, so the generated index is two string literals however
/// many articles there are: no per-article code to compile. Articles are built only when read, and
/// share the cache of the generated properties, so <c>Articles.All[0]</c> and <c>Articles.X</c> are
/// the same instance. Infrastructure for generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleIndex : IReadOnlyList<Article>
{
    private const BindingFlags Nested = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly;

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicNestedTypes)]
    private readonly Type _articlesType;
    private readonly string[] _identifiers;
    private readonly string _slugs;
    private Type?[]? _dataTypes;
    private Dictionary<string, int>? _bySlug;

    /// <summary>Creates the index of the generated <paramref name="articlesType"/>.</summary>
    /// <param name="articlesType">The generated <c>Articles</c> class.</param>
    /// <param name="identifiers">The article identifiers, one per line, in the order of <c>All</c>.</param>
    /// <param name="slugs">Their slugs, one per line, in the same order.</param>
    public ArticleIndex([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicNestedTypes)] Type articlesType, string identifiers, string slugs)
    {
        _articlesType = articlesType;
        _identifiers = identifiers.Length == 0 ? new string[0] : identifiers.Split('\n');
        _slugs = slugs;
    }

    /// <inheritdoc/>
    public int Count => _identifiers.Length;

    /// <inheritdoc/>
    public Article this[int index] =>
        index >= 0 && index < Count ? ArticleStore.Get(DataType(index)) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The article with this slug, or <see langword="null"/>.</summary>
    public Article? BySlug(string slug)
    {
        var bySlug = Volatile.Read(ref _bySlug);
        if (bySlug is null)
        {
            bySlug = new Dictionary<string, int>(StringComparer.Ordinal);
            var slugs = _slugs.Length == 0 ? new string[0] : _slugs.Split('\n');
            for (var i = 0; i < slugs.Length; i++)
            {
                bySlug[slugs[i]] = i;
            }

            Volatile.Write(ref _bySlug, bySlug);
        }

        return slug is not null && bySlug.TryGetValue(slug, out var index) ? this[index] : null;
    }

    /// <inheritdoc/>
    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Type DataType(int index)
    {
        var types = Volatile.Read(ref _dataTypes);
        if (types is null)
        {
            // One pass over the nested types, not one lookup per name: GetNestedType(name) scans them all.
            var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
            foreach (var nested in _articlesType.GetNestedTypes(Nested))
            {
                byName[nested.Name] = nested;
            }

            types = new Type?[_identifiers.Length];
            for (var i = 0; i < types.Length; i++)
            {
                byName.TryGetValue(ArticleStore.DataClassPrefix + _identifiers[i], out types[i]);
            }

            Volatile.Write(ref _dataTypes, types);
        }

        return types[index] ?? throw new InvalidOperationException($"ArticleGen: no generated data for article '{_identifiers[index]}'. Rebuild the project.");
    }
}
