using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen;

/// <summary>
/// The list behind the generated <c>Articles.All</c>: it builds each article only when that item is
/// read, so enumerating or indexing a project of 10,000 articles does not build them all up front.
/// Infrastructure for generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleList : IReadOnlyList<Article>
{
    private readonly Func<int, Article> _get;

    /// <summary>Creates the list over <paramref name="count"/> articles read by <paramref name="get"/>.</summary>
    public ArticleList(int count, Func<int, Article> get)
    {
        Count = count;
        _get = get;
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public Article this[int index] =>
        index >= 0 && index < Count ? _get(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _get(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
