using System.Diagnostics;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>The result of a hand-rolled measurement: median time per operation and bytes allocated per operation.</summary>
public readonly record struct Sample(double MedianNanoseconds, double MinNanoseconds, double AllocatedBytes, int Samples, int OperationsPerSample)
{
    public double Microseconds => MedianNanoseconds / 1e3;

    public double Milliseconds => MedianNanoseconds / 1e6;
}

/// <summary>
/// A Stopwatch median loop for <c>--quick</c>: warm up (so tiered JIT has promoted the hot code),
/// size each sample to about <c>sampleTime</c>, take the median of the samples. Allocations are
/// counted for all threads (the compiler and the driver may use the thread pool).
/// </summary>
public static class Measure
{
    public static Sample Run(Func<object?> action, int samples, TimeSpan sampleTime, TimeSpan? warmupTime = null)
    {
        GC.KeepAlive(action()); // first call: JIT and lazy init
        var warmup = Stopwatch.StartNew();
        var warmupCalls = 0;
        var budget = warmupTime ?? TimeSpan.FromMilliseconds(Math.Min(1000, sampleTime.TotalMilliseconds * 2));
        do
        {
            GC.KeepAlive(action());
            warmupCalls++;
        }
        while (warmup.Elapsed < budget);

        var perCall = warmup.Elapsed.TotalMilliseconds / warmupCalls;
        var operations = (int)Math.Clamp(sampleTime.TotalMilliseconds / Math.Max(perCall, 1e-6), 1, 10_000_000);

        var times = new double[samples];
        long allocated = 0;
        for (var s = 0; s < samples; s++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < operations; i++)
            {
                GC.KeepAlive(action());
            }

            watch.Stop();
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            times[s] = watch.Elapsed.TotalNanoseconds / operations;
        }

        Array.Sort(times);
        var median = samples % 2 == 1 ? times[samples / 2] : (times[(samples / 2) - 1] + times[samples / 2]) / 2;
        return new Sample(median, times[0], (double)allocated / samples / operations, samples, operations);
    }
}
