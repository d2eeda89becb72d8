using System.Reflection;

namespace ArticleGenTests;

/// <summary>The sample console app, run in-process: it prints the seed's headline, sections, quotes with speakers and captions.</summary>
public sealed class SampleTests
{
    [Fact]
    public void Sample_prints_the_seed_quotes_with_their_speakers()
    {
        var sample = Assembly.Load("ArticleGen.Sample");
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            sample.EntryPoint!.Invoke(null, new object[] { Array.Empty<string>() });
        }
        finally
        {
            Console.SetOut(previous);
        }

        var text = output.ToString();
        Assert.Contains("## Quotes (9)", text);
        Assert.Contains("Sergueï Lavrov: « Il ne s’est rien passé » (standalone, line 5)", text);
        Assert.Contains("Hollande: « Ça suffit\u00A0! »", text);
        Assert.Contains("## Tentative de reconquête du pouvoir à Alep", text);
        Assert.Contains("[Photo] Un homme fuit un immeuble détruit par les bombardements à Alep, le 21 septembre. (credit: AMEER ALHALBI / AFP)", text);
        Assert.Contains("[Video] Sur les lieux du bombardement d'un convoi humanitaire en Syrie (duration: 00:44)", text);
    }
}
