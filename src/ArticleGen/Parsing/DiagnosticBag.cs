using System.Collections.Generic;
using ArticleGen.Model;

namespace ArticleGen.Parsing;

/// <summary>Collects the problems of one article as data, in file order.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<ArticleDiagnostic> _items = new();

    public void Add(string id, TextRange range, params string[] arguments) =>
        _items.Add(new ArticleDiagnostic(id, new EquatableArray<string>(arguments), range));

    public EquatableArray<ArticleDiagnostic> ToSortedArray()
    {
        var sorted = new List<ArticleDiagnostic>(_items);
        // A stable sort by position, so the order never depends on which rule ran first.
        var indexed = new List<(ArticleDiagnostic Item, int Order)>();
        for (var i = 0; i < sorted.Count; i++)
        {
            indexed.Add((sorted[i], i));
        }

        indexed.Sort((a, b) =>
        {
            var byStart = a.Item.Range.Start.CompareTo(b.Item.Range.Start);
            return byStart != 0 ? byStart : a.Order.CompareTo(b.Order);
        });

        var result = new ArticleDiagnostic[indexed.Count];
        for (var i = 0; i < indexed.Count; i++)
        {
            result[i] = indexed[i].Item;
        }

        return new EquatableArray<ArticleDiagnostic>(result);
    }
}
