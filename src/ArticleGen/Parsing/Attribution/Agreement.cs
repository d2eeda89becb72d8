using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>The gender and number a pronoun asks of its antecedent, or that a name is known to carry.</summary>
internal enum Agreement
{
    Unknown,
    Masculine,
    Feminine,
    Plural,

    /// <summary>English "it": an organisation or a thing, never a person whose gender is known.</summary>
    Neuter,
}

/// <summary>
/// What the article itself says of a person's gender: a title (<c>M.</c>, <c>Mme</c>, <c>Mrs</c>,
/// <c>la présidente</c>), a gendered noun or determiner right before the name (<c>la ministre Ericka
/// Bareigts</c>, <c>spokeswoman Jane Doe</c>), else the given name (<see cref="GivenNames"/>). Used
/// only to keep a pronoun off a person it cannot stand for: "John Smith met Mary Brown. "…," she said".
/// </summary>
internal sealed class NameGenders
{
    private static readonly WordSet MasculineMarks = new(new[]
    {
        "m.", "m", "mr", "mr.", "monsieur", "sir", "lord", "king", "prince", "père", "roi", "spokesman", "chairman", "congressman",
        "councilman", "assemblyman", "businessman", "le", "un", "président", "directeur", "sénateur", "député", "acteur", "chanteur",
        "pope", "pape", "cardinal", "sheikh", "cheikh", "emir", "émir", "sultan", "ayatollah", "imam", "duke", "duc", "emperor", "empereur",
    });

    private static readonly WordSet FeminineMarks = new(new[]
    {
        "mme", "mme.", "mrs", "mrs.", "ms", "ms.", "mlle", "madame", "mademoiselle", "dame", "lady", "queen", "princess", "princesse", "reine",
        "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman", "actress", "la", "une",
        "présidente", "directrice", "sénatrice", "députée", "chancelière", "actrice", "chanteuse", "avocate", "procureure", "militante",
        "duchess", "duchesse", "baroness", "baronne", "empress", "impératrice",
    });

    /// <summary>Masculine or feminine for a word of either list (masculine first, as a word in both would be), else Unknown.</summary>
    private static Agreement GenderOfMark(string word) =>
        MasculineMarks.Contains(word) ? Agreement.Masculine : FeminineMarks.Contains(word) ? Agreement.Feminine : Agreement.Unknown;

    // By the name as written without its title: "Penelope Fillon", "Goudet".
    private readonly Dictionary<string, Agreement> _byName = new(StringComparer.Ordinal);

    /// <summary>How many names a gender is noted for.</summary>
    public int Count => _byName.Count;

    /// <summary>Forgets every name, for the next article (<see cref="NameIndex"/> keeps one per thread).</summary>
    public void Clear() => _byName.Clear();

    /// <summary>
    /// Notes the gender that the words before a name show: its own title (<paramref name="title"/>,
    /// "M." in "M. Goudet"), else the word before it or, when that is a lower-case role noun, the
    /// determiner before the role ("la ministre Ericka Bareigts").
    /// </summary>
    public void Observe(List<Token> tokens, int start, string name, string? title)
    {
        if (name.Length == 0)
        {
            return;
        }

        var gender = Agreement.Unknown;
        if (title is not null)
        {
            gender = GenderOfMark(FirstWord(title));
        }
        else if (start >= 1 && tokens[start - 1].IsWord)
        {
            // "Mrs Alder", "spokeswoman Jane Doe"; "la ministre Ericka Bareigts", "le juge Renaud Van
            // Ruymbeke": the determiner of a role noun.
            var before = tokens[start - 1];
            gender = GenderOfMark(before.Text);
            if (gender == Agreement.Unknown || WordLists.Determiners.Contains(before.Text))
            {
                // (Asked at every name: the determiner first, as it is seldom there and the role-noun test
                // looks the word up in seven lists; the word's own gender, known above, is not asked again.)
                gender = start >= 2 && tokens[start - 2].Lower is "le" or "la" or "un" or "une" && NounPhrases.IsRoleNoun(before)
                    ? GenderOfMark(tokens[start - 2].Text)
                    : Agreement.Unknown;
            }
        }

        // ("Le procureur de la République de Chartres, Alexis Fournier,": a French description by a role noun in apposition
        // before the name marks it by its determiner, as "le procureur Alexis Fournier" does.)
        if (gender == Agreement.Unknown && title is null && start >= 3 && tokens[start - 1].Text == ",")
        {
            var k = start - 2;
            while (k > 0 && start - k <= 10 && tokens[k - 1].Text is not ("," or "." or ";" or ":") && !WordLists.ClauseBoundaries.Contains(tokens[k - 1].Text))
            {
                k--;
            }

            if ((k == 0 || tokens[k - 1].Text is "," or "." or ";" or ":") && k + 1 < start - 1 && tokens[k].Lower is "le" or "la"
                && NounPhrases.IsRoleNoun(tokens[k + 1]))
            {
                gender = GenderOfMark(tokens[k].Text);
            }

            // ("Her husband, Tom, was away", "Smith's wife, Anna,", "The spokeswoman, Jane Doe,": a noun that carries a gender,
            // right before the comma of a description that opens the clause on a determiner or an owner, marks the name apposed.
            // Not "Police shot the man, Jane Doe said": that clause opens on no determiner.)
            else if ((k == 0 || tokens[k - 1].Text is "," or "." or ";" or ":") && k < start - 2
                && (WordLists.Determiners.Contains(tokens[k].Text) || NounPhrases.IsPossessive(tokens[k].Text) || tokens[k].Lower is "his" or "her" or "their")
                && (MasculineNouns.Contains(tokens[start - 2].Text) ? Agreement.Masculine
                    : FeminineNouns.Contains(tokens[start - 2].Text) ? Agreement.Feminine : Agreement.Unknown) is var byNoun
                && byNoun != Agreement.Unknown)
            {
                gender = byNoun;
            }
        }

        if (gender == Agreement.Unknown)
        {
            return;
        }

        // Two genders for one name (a couple, a family, "Mme Fillon" and "M. Fillon"): nothing is known.
        _byName[name] = _byName.TryGetValue(name, out var known) && known != gender ? Agreement.Unknown : gender;
    }

    /// <summary>
    /// The gender of a person's name: as the article shows it for that very name, else by its given name,
    /// else as the article shows it for its surname alone ("M. Goudet" for "Olivier Goudet"); Unknown for
    /// anything else (organisations, places, names nobody marked).
    /// </summary>
    public Agreement Of(string name)
    {
        if (_byName.TryGetValue(name, out var observed))
        {
            return observed;
        }

        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return Agreement.Unknown;
        }

        var given = OfGivenName(FirstWord(name));
        return given != Agreement.Unknown ? given
            : _byName.TryGetValue(name.Substring(space + 1), out var bySurname) ? bySurname
            : Agreement.Unknown;
    }

    /// <summary>Whether a pronoun of <paramref name="pronoun"/>'s agreement can stand for <paramref name="name"/>.</summary>
    public bool Agrees(string name, Agreement pronoun)
    {
        if (pronoun == Agreement.Unknown)
        {
            return true;
        }

        var gender = Of(name);
        return gender == Agreement.Unknown || (pronoun is Agreement.Plural or Agreement.Neuter ? false : gender == pronoun);
    }

    /// <summary>
    /// The gender a description shows: its French determiner ("le procureur", "la porte-parole", "les
    /// enquêteurs"), else an English noun that carries one ("A police spokesman", "Her brother"), else a
    /// plural English head ("Two officials"); Unknown otherwise.
    /// </summary>
    public static Agreement OfDescription(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        if (words.Length == 0)
        {
            return Agreement.Unknown;
        }

        switch (words[0].ToLowerInvariant())
        {
            case "le" or "un" or "du" or "ce" or "cet":
                return Agreement.Masculine;
            case "la" or "une" or "cette" or "sa":
                return Agreement.Feminine;
            case "les" or "des" or "ces" or "ses" or "leurs" or "plusieurs" or "certains" or "certaines":
                return Agreement.Plural;
        }

        foreach (var word in words)
        {
            if (MasculineNouns.Contains(word))
            {
                return Agreement.Masculine;
            }

            if (FeminineNouns.Contains(word))
            {
                return Agreement.Feminine;
            }

            if (word is "of" or "for" or "at" or "in" or "from" or "de" or "du" or "des")
            {
                break; // the head noun comes before its complement
            }

            // ("The victim's sister", "the residents' spokesman": an owner is no head noun; the noun after it is.)
            if (word.Length > 3 && WordLists.EndsAsPlural(word) && char.IsLower(word[0]) && !NounPhrases.IsPossessive(word))
            {
                return Agreement.Plural;
            }
        }

        return Agreement.Unknown;
    }

    private static readonly WordSet MasculineNouns = new(new[]
    {
        "man", "spokesman", "chairman", "brother", "father", "son", "husband", "boyfriend", "uncle", "nephew", "grandfather", "boy", "king", "prince",
        "frère", "père", "fils", "mari", "oncle", "neveu", "grand-père", "garçon", "homme",
    });

    private static readonly WordSet FeminineNouns = new(new[]
    {
        "woman", "spokeswoman", "chairwoman", "sister", "mother", "daughter", "wife", "girlfriend", "aunt", "niece", "grandmother", "girl", "queen", "princess",
        "sœur", "mère", "fille", "épouse", "femme", "tante", "nièce", "grand-mère",
    });

    /// <summary>"she", "elle" → Feminine; "he", "il", "lui" → Masculine; "they", "ils", "elles" → Plural.</summary>
    public static Agreement OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "il" or "lui" => Agreement.Masculine,
        "she" or "her" or "elle" => Agreement.Feminine,
        "they" or "them" or "their" or "ils" or "elles" or "eux" => Agreement.Plural,
        "it" or "its" => Agreement.Neuter,
        _ => Agreement.Unknown,
    };

    private static Agreement OfGivenName(string given)
    {
        if (GivenNames.Masculine.Contains(given))
        {
            return Agreement.Masculine;
        }

        if (GivenNames.Feminine.Contains(given))
        {
            return Agreement.Feminine;
        }

        // "Jean-Marc", "Marie-Claire": the first part decides.
        var hyphen = given.IndexOf('-');
        return hyphen > 0 ? OfGivenName(given.Substring(0, hyphen)) : Agreement.Unknown;
    }

    private static string FirstWord(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        return space < 0 ? trimmed : trimmed.Substring(0, space);
    }
}
