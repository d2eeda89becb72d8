using System.Diagnostics.Tracing;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// Counts the runtime's allocation samples (GCAllocationTick, one about every 100 KB allocated) by
/// type, in process: a rough "what allocates" without an external profiler. Used by
/// <c>--parse-loop … --allocations</c> and <c>--emit-loop … --allocations</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public IReadOnlyList<(string Type, long Bytes)> Top(int count)
    {
        lock (_gate)
        {
            return _bytesByType.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value)).ToList();
        }
    }

    /// <summary>
    /// Prints the <paramref name="count"/> types sampled most, each as its share of all samples. Samples, not
    /// exact bytes: each tick stands for about 100 KB of allocations of that type.
    /// </summary>
    public void PrintTop(int count)
    {
        var sampled = Math.Max(1, Top(int.MaxValue).Sum(t => t.Bytes));
        foreach (var (type, typeBytes) in Top(count))
        {
            Console.WriteLine($"  {typeBytes * 100.0 / sampled:F1} %  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
