using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ArticleGen.Benchmarks.Benchmarks;

namespace ArticleGen.Benchmarks.Modes;

/// <summary>
/// <c>--ab OLD NEW [input] [rounds] [seconds]</c>: two builds of the benchmarks (their output folders)
/// compared in one process, each loaded in its own <see cref="AssemblyLoadContext"/>, their loops
/// interleaved A B B A … so that the noise of a shared machine hits both alike (a build against
/// itself gives 1.00 ± 0.04, ± 0.08 on a loaded machine). Both are warmed up in turns, and each timed
/// turn starts from a collected heap, so neither build's place in the arguments gives it an edge by design. Inputs: the parser's (<c>seed</c>, <c>4KB</c>, <c>400KB</c>,
/// <c>quotes-180KB</c>), <c>gen1000</c> (a full generator run over 1,000 seed-sized articles) or
/// <c>edit1000</c> (the run after one of the 1,000 articles is edited, as an IDE's save re-runs it).
/// Prints each build's median MB/s (for an edit, ms a run) and the median per-round ratio NEW/OLD of
/// the speeds (above 1: NEW is faster).
/// </summary>
public static class AbMode
{
    /// <summary>Seconds each build is warmed up for, in <see cref="WarmupSlices"/> turns.</summary>
    private const double WarmupSeconds = 2;

    private const int WarmupSlices = 8;

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--ab");
        if (args.Length < at + 3)
        {
            Console.Error.WriteLine("usage: --ab OLD_BUILD_FOLDER NEW_BUILD_FOLDER [input] [rounds] [seconds]");
            return 2;
        }

        var folders = new[] { args[at + 1], args[at + 2] };
        var input = args.Length > at + 3 ? args[at + 3] : "400KB";
        var rounds = args.Length > at + 4 ? int.Parse(args[at + 4], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var seconds = args.Length > at + 5 ? double.Parse(args[at + 5], System.Globalization.CultureInfo.InvariantCulture) : 1;

        Func<object>[] runs;
        long bytes;
        var perRun = input.StartsWith("edit", StringComparison.Ordinal);
        if (perRun)
        {
            runs = EditRuns(folders, int.Parse(input.Substring(4), System.Globalization.CultureInfo.InvariantCulture));
            bytes = 1;
        }
        else if (input.StartsWith("gen", StringComparison.Ordinal))
        {
            var count = int.Parse(input.Substring(3), System.Globalization.CultureInfo.InvariantCulture);
            runs = new Func<object>[2];
            bytes = 0;
            for (var k = 0; k < 2; k++)
            {
                var type = Load(folders[k], "ArticleGen.Benchmarks", k).GetType("ArticleGen.Benchmarks.Inputs.GeneratorHarness", true)!;
                var harness = CreateHarness(type, count);
                bytes = (long)type.GetProperty("InputBytes")!.GetValue(harness)!;
                var full = type.GetMethod("RunFull")!;
                runs[k] = () => full.Invoke(harness, null)!;
            }
        }
        else
        {
            if (!ParserBenchmarks.Inputs.Contains(input))
            {
                Console.Error.WriteLine($"unknown input '{input}'; one of: {string.Join(", ", ParserBenchmarks.Inputs)}, gen<N>");
                return 2;
            }

            var text = ParserBenchmarks.Text(input);
            bytes = Encoding.UTF8.GetByteCount(text);
            runs = new Func<object>[2];
            for (var k = 0; k < 2; k++)
            {
                var parse = Load(folders[k], "ArticleGen", k).GetType("ArticleGen.Parsing.ArticleParser", true)!
                    .GetMethod("Parse", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
                var call = (Func<string, string?, CancellationToken, object>)Delegate.CreateDelegate(typeof(Func<string, string?, CancellationToken, object>), parse);
                runs[k] = () => call(text, null, CancellationToken.None);
            }
        }

        // Warm both up, so tiered JIT has promoted their hot code before any round is timed: in turns, A B B A …, a
        // quarter of a second each (at least one run), two seconds each in all. Warmed one after the other (two seconds
        // of A, then two of B), the build warmed last was also the one whose runs the code both builds share (CoreLib,
        // generic code over reference types) last ran and was profiled on; in turns neither build's warm-up comes last
        // as a whole. (A build against itself once read 1.030 passed second; in the fourteenth session the machine's noise, ± 5–8 %
        // over 30 rounds, was too large to tell whether this removes that.)
        for (var slice = 0; slice < 2 * WarmupSlices; slice++)
        {
            var k = slice % 4 is 0 or 3 ? 0 : 1;
            var warmup = Stopwatch.StartNew();
            do
            {
                runs[k]();
            }
            while (warmup.Elapsed.TotalSeconds < WarmupSeconds / WarmupSlices);
        }

        var results = new[] { new List<double>(), new List<double>() };
        var allocated = new double[2];
        for (var round = 0; round < rounds; round++)
        {
            for (var turn = 0; turn < 2; turn++)
            {
                var k = round % 2 == 0 ? turn : 1 - turn;

                // Each turn starts from a collected heap, so no turn pays for collecting the garbage the turn before left.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                long n = 0;
                while (clock.Elapsed.TotalSeconds < seconds)
                {
                    runs[k]();
                    n++;
                }

                // Runs a second for an edit, MB a second otherwise: a speed either way, so NEW/OLD reads alike.
                results[k].Add(perRun ? n / clock.Elapsed.TotalSeconds : bytes * (double)n / 1e6 / clock.Elapsed.TotalSeconds);
                allocated[k] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n / 1024;
            }
        }

        for (var k = 0; k < 2; k++)
        {
            var sorted = results[k].OrderBy(x => x).ToList();
            var line = perRun
                ? $"median {1e3 / sorted[sorted.Count / 2]:F3} ms a run (min {1e3 / sorted[^1]:F3}, max {1e3 / sorted[0]:F3})"
                : $"median {sorted[sorted.Count / 2]:F1} MB/s (min {sorted[0]:F1}, max {sorted[^1]:F1})";
            Console.WriteLine($"{(k == 0 ? "OLD" : "NEW")} {input}: {line}, {allocated[k]:N1} KB allocated a run");
        }

        var ratios = results[0].Zip(results[1], (old, @new) => @new / old).OrderBy(x => x).ToList();
        Console.WriteLine($"NEW/OLD per round: median {ratios[ratios.Count / 2]:F3} (min {ratios[0]:F3}, max {ratios[^1]:F3})");
        return 0;
    }

    /// <summary>
    /// For each build, a driver that has run over N articles with its middle article then edited
    /// (<c>GeneratorHarness.Edited</c>): each call re-runs it from that same state, as
    /// <c>GeneratorBenchmarks.EditOne</c> does. Reached by reflection, since each build's Roslyn types
    /// live in its own load context.
    /// </summary>
    private static Func<object>[] EditRuns(string[] folders, int count)
    {
        var runs = new Func<object>[2];
        for (var k = 0; k < 2; k++)
        {
            var type = Load(folders[k], "ArticleGen.Benchmarks", k).GetType("ArticleGen.Benchmarks.Inputs.GeneratorHarness", true)!;
            var harness = CreateHarness(type, count);
            var ran = type.GetMethod("RunFull")!.Invoke(harness, null)!;
            var texts = (System.Collections.IEnumerable)type.GetProperty("Texts")!.GetValue(harness)!;
            var old = texts.Cast<object>().ElementAt(count / 2);
            var edited = type.GetMethod("Edited")!.Invoke(harness, new object[] { count / 2, 1 })!;
            var driver = ran.GetType().GetMethod("ReplaceAdditionalText")!.Invoke(ran, new[] { old, edited })!;
            var compilation = type.GetProperty("Compilation")!.GetValue(harness)!;
            var run = driver.GetType().GetMethods().Single(m => m.Name == "RunGenerators" && m.GetParameters().Length == 2);
            runs[k] = () => run.Invoke(driver, new[] { compilation, CancellationToken.None })!;
        }

        return runs;
    }

    /// <summary>An assembly of one build folder, in a load context of its own.</summary>
    private static Assembly Load(string folder, string assemblyName, int index) =>
        new BuildLoadContext(Path.GetFullPath(folder), "build" + index).LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), assemblyName + ".dll"));

    /// <summary>
    /// Loads every assembly its folder holds from that folder, before the default context: this very
    /// program references ArticleGen too, and a fallback to it would time the same build twice.
    /// </summary>
    private sealed class BuildLoadContext(string directory, string name) : AssemblyLoadContext(name)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    /// <summary>
    /// A GeneratorHarness of <paramref name="count"/> articles, its other parameters left to their
    /// defaults, whichever constructor the build has (one more optional parameter since the twelfth session).
    /// </summary>
    private static object CreateHarness(Type type, int count)
    {
        var constructor = type.GetConstructors().Single(c => c.GetParameters() is { Length: > 0 } p && p[0].ParameterType == typeof(int));
        var arguments = new object?[constructor.GetParameters().Length];
        arguments[0] = count;
        return constructor.Invoke(arguments);
    }
}
