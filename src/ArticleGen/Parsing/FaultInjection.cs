using System;

namespace ArticleGen.Parsing;

/// <summary>
/// Lets a test make one stage of the parser throw, to prove that the guards around it turn a bug
/// into a diagnostic instead of an exception (which the compiler would turn into warning CS8785,
/// dropping every generated file). Thread-static so parallel tests do not see each other's faults;
/// nothing sets it outside the tests.
/// </summary>
internal static class FaultInjection
{
    public const string Parsing = "parsing";
    public const string Attribution = "attribution";

    [ThreadStatic]
    private static string? s_failingStage;

    [ThreadStatic]
    private static Func<string, bool>? s_when;

    /// <summary>
    /// Makes <paramref name="stage"/> throw on this thread, for the inputs <paramref name="when"/>
    /// picks (all when null), until the returned scope is disposed.
    /// </summary>
    public static IDisposable Fail(string stage, Func<string, bool>? when = null)
    {
        s_failingStage = stage;
        s_when = when;
        return new Scope();
    }

    public static void At(string stage, string input)
    {
        if (s_failingStage is not null && string.Equals(s_failingStage, stage, StringComparison.Ordinal) && (s_when is null || s_when(input)))
        {
            throw new InvalidOperationException("fault injected by a test in " + stage);
        }
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose()
        {
            s_failingStage = null;
            s_when = null;
        }
    }
}
