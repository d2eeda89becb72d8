using System.Diagnostics;
using System.Globalization;
using ArticleGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--scale [N]</c>: N (10,000 by default) seed-sized synthetic articles through the generator
/// once (full run, a one-article edit), then the generated compilation emitted, with the floor
/// for comparison. Prints the error count (CS8103 "combined length of user strings" in particular),
/// the times, the input MB and the generator's MB/s. One cold-ish run, not a statistical benchmark.
/// </summary>
public static class ScaleMode
{
    public static int Run(int count)
    {
        Console.WriteLine($"## Scale: {count:N0} seed-sized synthetic articles");
        var watch = Stopwatch.StartNew();
        var inputs = new EmitInputs(count); // includes one full generator run, to warm up
        Console.WriteLine($"setup (make articles, first generator run, build floor): {watch.Elapsed.TotalSeconds:F1} s");

        var harness = inputs.Harness;
        var full = Time(() => harness.RunFull(), 3);
        var ran = harness.RunFull();
        var edited = ran.ReplaceAdditionalText(harness.Texts[count / 2], harness.Edited(count / 2, 1));
        var edit = Time(() => edited.RunGenerators(harness.Compilation), 5);
        var mb = harness.InputBytes / 1e6;

        var generatedEmit = EmitOnce(inputs.Generated, out var generatedResult, out var generatedPe);
        var floorEmit = EmitOnce(inputs.Floor, out var floorResult, out var floorPe);
        var errors = generatedResult.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var cs8103 = errors.Count(d => d.Id == "CS8103");
        var warnings = generatedResult.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| articles | {count:N0} |");
        Console.WriteLine($"| input | {mb:F1} MB |");
        Console.WriteLine($"| generated source | {inputs.GeneratedBytes / 1e6:F1} MB |");
        Console.WriteLine($"| generator diagnostics | {inputs.GeneratorDiagnostics} |");
        Console.WriteLine($"| generator full run (median of 3) | {full.TotalMilliseconds:N0} ms = {mb / full.TotalSeconds:F1} MB/s |");
        Console.WriteLine($"| generator after one edit (median of 5) | {edit.TotalMilliseconds:N1} ms = {100 * edit.TotalMilliseconds / full.TotalMilliseconds:F2} % of full |");
        Console.WriteLine($"| Emit, generated | {generatedEmit.TotalMilliseconds:N0} ms, {(generatedResult.Success ? "success" : "FAILED")}, {errors.Count} errors ({cs8103} CS8103), {warnings} warnings, {generatedPe / 1e6:F1} MB PE |");
        Console.WriteLine($"| Emit, floor (const strings only) | {floorEmit.TotalMilliseconds:N0} ms, {(floorResult.Success ? "success" : "FAILED")}, {floorPe / 1e6:F1} MB PE |");
        Console.WriteLine($"| Emit ratio generated/floor (single run) | {generatedEmit.TotalMilliseconds / floorEmit.TotalMilliseconds:F2} |");
        Console.WriteLine($"| generator + Emit | {(full + generatedEmit).TotalSeconds:F2} s = {mb / (full + generatedEmit).TotalSeconds:F1} MB/s |");
        foreach (var error in errors.Take(5))
        {
            Console.WriteLine("  " + error);
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static TimeSpan Time(Func<object> action, int runs)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static TimeSpan EmitOnce(Compilation compilation, out Microsoft.CodeAnalysis.Emit.EmitResult result, out long peBytes)
    {
        EmitInputs.Emit(compilation, out _); // warm the compiler's code paths once
        var watch = Stopwatch.StartNew();
        result = EmitInputs.Emit(compilation, out peBytes);
        return watch.Elapsed;
    }

    /// <summary>The number after <paramref name="option"/> (<c>--scale 2000</c>), else <paramref name="defaultCount"/>.</summary>
    public static int ParseCount(string[] args, int defaultCount, string option = "--scale")
    {
        var i = Array.IndexOf(args, option);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : defaultCount;
    }
}
