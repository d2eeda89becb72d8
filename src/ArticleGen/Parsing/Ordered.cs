using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>Searches in lists sorted by a position (lines by offset, segments, quotes by opening mark).</summary>
internal static class Ordered
{
    /// <summary>The index of the last item whose key is at or before <paramref name="position"/>, or -1 when none is.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, Func<T, int> key, int position)
    {
        var low = 0;
        var high = items.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (key(items[mid]) <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
