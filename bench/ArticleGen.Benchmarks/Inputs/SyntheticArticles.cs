using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleGen.Benchmarks.Inputs;

/// <summary>
/// Articles made by code from the seed (Articles/Alep2016.txt, embedded): its paragraphs, headings
/// and captions reshuffled and repeated, with the people, places, days and quotes varied, from a
/// fixed random seed, so every run and every machine benchmarks the same bytes. Nothing large is
/// committed: a 400 KB article is rebuilt in a few milliseconds.
/// </summary>
public static class SyntheticArticles
{
    /// <summary>The seed article's UTF-8 size in bytes (3,501).</summary>
    public static int SeedBytes => Encoding.UTF8.GetByteCount(Seed);

    private static readonly Lazy<string> SeedText = new(() =>
    {
        using var stream = typeof(SyntheticArticles).Assembly.GetManifestResourceStream("Alep2016.txt")
            ?? throw new InvalidOperationException("The embedded resource Alep2016.txt is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The seed article as its file holds it.</summary>
    public static string Seed => SeedText.Value;

    // The seed's people, replaced one by one by invented ones (first name + last name).
    private static readonly string[] SeedPeople =
    {
        "Jean-Marc Ayrault", "Sergueï Lavrov", "John Kerry", "Rami Abdel Rahmane", "Staffan de Mistura", "Boris Johnson",
    };

    private static readonly string[] FirstNames =
    {
        "Claire", "Jean-Pierre", "Amina", "Youssef", "Hélène", "Marc", "Nadia", "Olivier", "Farid", "Sophie",
        "Karim", "Élise", "Thomas", "Leïla", "François", "Anne-Marie", "Samir", "Isabelle", "Hugo", "Mariam",
    };

    private static readonly string[] LastNames =
    {
        "Durand", "Haddad", "Lefèvre", "Benali", "Moreau", "Kovalenko", "Martin", "Nassar", "Girard", "Petrov",
        "Roussel", "Al-Khatib", "Fontaine", "Ivanova", "Mercier", "Saadi", "Lambert", "Chevalier", "Aziz", "Blanc",
    };

    private static readonly string[] Places =
    {
        "Alep", "Homs", "Idlib", "Raqqa", "Hama", "Deir ez-Zor", "Lattaquié", "Mossoul", "Tripoli", "Benghazi",
    };

    private static readonly string[] Months =
    {
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    };

    private static readonly string[] QuoteOpenings =
    {
        "Nous ne pouvons pas", "Il faut", "Personne ne peut", "Nous demandons", "Il est temps de", "Rien ne justifie de",
        "Nous appelons à", "Il serait irresponsable de", "Le monde entier doit", "Nous continuerons à",
    };

    private static readonly string[] QuoteEndings =
    {
        "laisser la situation se dégrader davantage", "rouvrir les couloirs humanitaires sans délai",
        "arrêter les bombardements sur les civils", "revenir à la table des négociations",
        "protéger les hôpitaux et les écoles", "obtenir une trêve durable", "faire respecter le droit international",
        "reconstruire la confiance entre les parties", "soutenir les populations déplacées", "garantir l’accès des convois",
    };

    private static readonly string[] HeadingTopics =
    {
        "Offensive", "Négociations", "Situation humanitaire", "Réactions internationales", "Sur le terrain",
        "Diplomatie", "Les civils", "Le point militaire", "Perspectives", "Bilan",
    };

    private static readonly Regex QuoteRegex = new("« ([^»]{4,}?) »", RegexOptions.Compiled);
    private static readonly Regex DayMonthRegex = new(@"\b(\d{1,2}) (septembre)\b", RegexOptions.Compiled);

    private sealed record Blocks(string PhotoCaption, List<string> Paragraphs, List<string> Videos);

    private static readonly Lazy<Blocks> SeedBlocks = new(() =>
    {
        string? photo = null;
        var paragraphs = new List<string>();
        var videos = new List<string>();
        var normalized = Seed.Replace("\r\n", "\n");
        foreach (var raw in normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var block = raw.Trim('\n');
            var trimmed = block.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.Contains(" | ", StringComparison.Ordinal) && photo is null)
            {
                photo = trimmed;
            }
            else if (trimmed.Contains("Durée :", StringComparison.Ordinal))
            {
                videos.Add(trimmed);
            }
            else if (!trimmed.StartsWith('•'))
            {
                paragraphs.Add(trimmed);
            }
        }

        return new Blocks(photo ?? "Photo | AFP", paragraphs, videos);
    });

    /// <summary>
    /// One synthetic article of about <paramref name="targetBytes"/> UTF-8 bytes (it stops at the
    /// first block boundary past it), the same for the same <paramref name="seed"/>.
    /// </summary>
    public static string Create(int seed, int targetBytes)
    {
        var random = new Random(seed);
        var blocks = SeedBlocks.Value;
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in SeedPeople)
        {
            people[person] = Pick(random, FirstNames) + " " + Pick(random, LastNames);
        }

        var place = Pick(random, Places);
        var month = Pick(random, Months);
        var builder = new StringBuilder(targetBytes + 1024);
        builder.Append(Vary(blocks.PhotoCaption, random, people, place, month)).Append("\n\n");

        var bytes = Encoding.UTF8.GetByteCount(builder.ToString());
        var sinceHeading = 0;
        var headingNumber = 0;
        var order = Shuffled(random, blocks.Paragraphs.Count);
        var next = 0;
        while (bytes < targetBytes)
        {
            string block;
            if (sinceHeading >= 3 && random.Next(3) == 0)
            {
                headingNumber++;
                block = "  • " + Pick(random, HeadingTopics) + " à " + place + " (" + headingNumber + ")";
                sinceHeading = 0;
            }
            else if (sinceHeading >= 2 && random.Next(8) == 0)
            {
                block = Vary(blocks.Videos[random.Next(blocks.Videos.Count)], random, people, place, month);
                block = block.Substring(0, block.LastIndexOf('\n') + 1) + "Durée : 0" + random.Next(10) + ":" + random.Next(10, 60);
            }
            else
            {
                if (next == order.Length)
                {
                    order = Shuffled(random, blocks.Paragraphs.Count);
                    next = 0;
                }

                block = Vary(blocks.Paragraphs[order[next++]], random, people, place, month);
                sinceHeading++;
            }

            builder.Append(block).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(block) + 2;
        }

        return builder.ToString();
    }

    /// <summary>Article <paramref name="index"/> of a generated set: seed-sized (about 3.5 KB), different for each index.</summary>
    public static string SeedSized(int index) => Create(1_000 + index, SeedBytes);

    /// <summary>The file name of article <paramref name="index"/> of a generated set (identifier <c>ArticleNNNNN</c>).</summary>
    public static string FileName(int index) => "Article" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".txt";

    /// <summary>
    /// The file name of article <paramref name="index"/>, taken from the 331 real article file names of
    /// the evaluation corpus (<c>Inputs/ArticleNames.txt</c>, 20–47 characters), then again with
    /// <c>-2</c>, <c>-3</c>… for the next rounds. Unlike <see cref="FileName"/>, whose names all have
    /// one length, these vary in length as a real project's do, which matters to Roslyn's driver:
    /// it compares each generated file's hint name with every other one, and two names of different
    /// lengths differ at the first test.
    /// </summary>
    public static string RealFileName(int index)
    {
        var names = RealNames.Value;
        var round = index / names.Length;
        return names[index % names.Length] + (round == 0 ? string.Empty : "-" + (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".txt";
    }

    private static readonly Lazy<string[]> RealNames = new(() =>
    {
        using var stream = typeof(SyntheticArticles).Assembly.GetManifestResourceStream("ArticleNames.txt")
            ?? throw new InvalidOperationException("The embedded resource ArticleNames.txt is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    });

    private static string Vary(string block, Random random, Dictionary<string, string> people, string place, string month)
    {
        foreach (var (from, to) in people)
        {
            block = block.Replace(from, to, StringComparison.Ordinal);
        }

        block = block.Replace("Alep", place, StringComparison.Ordinal);
        block = DayMonthRegex.Replace(block, _ => random.Next(1, 29) + " " + month);
        // About half the quotes get new words, so quotes differ from article to article.
        block = QuoteRegex.Replace(block, m => random.Next(2) == 0
            ? m.Value
            : "« " + Pick(random, QuoteOpenings) + " " + Pick(random, QuoteEndings) + " »");
        return block;
    }

    private static int[] Shuffled(Random random, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
