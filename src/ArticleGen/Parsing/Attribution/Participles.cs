namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The shapes of participles the rules test for, in one place (they were written out in three files, each
/// a little differently). Shapes only: "cité", "interrogées", "reached", "affirmant", "saying". Ordinal, on
/// the word as written unless said otherwise.
/// </summary>
internal static class Participles
{
    /// <summary>
    /// A French past participle in -é, -ée, -és, -ées ("annoncé", "interrogée"). The other endings (-u, -i, -t) are
    /// also those of ordinary words ("Dominique de Villepin" ends like "Ému"), so the strictest tests use only these.
    /// </summary>
    public static bool EndsLikeFrenchPast(string word) =>
        word.EndsWith("é", System.StringComparison.Ordinal) || word.EndsWith("ée", System.StringComparison.Ordinal)
        || word.EndsWith("és", System.StringComparison.Ordinal) || word.EndsWith("ées", System.StringComparison.Ordinal);

    /// <summary>A past participle of either language: the French -é forms, -ies, -ues, -us ("parvenus"), English -ed.</summary>
    public static bool IsPast(string word) =>
        EndsLikeFrenchPast(word) || word.EndsWith("ies", System.StringComparison.Ordinal) || word.EndsWith("ues", System.StringComparison.Ordinal)
        || word.EndsWith("us", System.StringComparison.Ordinal) || word.EndsWith("ed", System.StringComparison.Ordinal);

    /// <summary><see cref="IsPast"/>, and the singular -u, -ue ("élu", "reconnue"): for a participle after a comma, in an aside.</summary>
    public static bool IsPastOrSingularInU(string word) =>
        IsPast(word) || word.EndsWith("u", System.StringComparison.Ordinal) || word.EndsWith("ue", System.StringComparison.Ordinal);

    /// <summary>A present participle of either language, longer than five letters: "affirmant", "saying".</summary>
    public static bool IsPresent(string word) =>
        (word.EndsWith("ant", System.StringComparison.Ordinal) || word.EndsWith("ing", System.StringComparison.Ordinal)) && word.Length > 5;

    /// <summary>A word shaped like a participle of either tense or language: "Ému", "Interrogée", "Surprised", "Smiling".</summary>
    public static bool IsShaped(string word) =>
        word.EndsWith("é", System.StringComparison.Ordinal) || word.EndsWith("ée", System.StringComparison.Ordinal)
        || word.EndsWith("u", System.StringComparison.Ordinal) || word.EndsWith("ue", System.StringComparison.Ordinal)
        || word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ing", System.StringComparison.Ordinal);

    /// <summary>"reçu", "connu", "annoncé", "choisi": a lower-case French past participle in -é, -u or -i, of three letters or more.</summary>
    public static bool IsLowerCaseFrenchPast(string word) =>
        word.Length > 2 && char.IsLower(word[0]) && (word.EndsWith("é", System.StringComparison.Ordinal) || word.EndsWith("u", System.StringComparison.Ordinal) || word.EndsWith("i", System.StringComparison.Ordinal));
}
