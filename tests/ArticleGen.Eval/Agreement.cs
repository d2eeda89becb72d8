namespace ArticleGen.Eval;

/// <summary>
/// How far two hand annotations of the same articles agree. The second annotator's ground truth is scored
/// against the first's exactly as ArticleGen's output is (same quote matching, same speaker rule: its
/// speaker must be the reference's speaker or one of the reference's alternatives), so its figures read
/// as "what a careful reader scores on this corpus": the level the rules are measured against, and a
/// check that the ground truth can be reproduced at all.
/// </summary>
public static class Agreement
{
    /// <summary>One article: <paramref name="secondJson"/> scored against <paramref name="referenceJson"/>.</summary>
    public static Score ScoreArticle(string name, string referenceJson, string secondJson)
    {
        var (language, reference) = QuoteEvaluation.ReadExpected(referenceJson);
        var (_, second) = QuoteEvaluation.ReadExpected(secondJson);
        var used = new bool[reference.Count];
        var matched = 0;
        var speakersRight = 0;
        var disagreements = new List<string>();
        foreach (var quote in second)
        {
            var index = Enumerable.Range(0, reference.Count).FirstOrDefault(i => !used[i] && QuoteEvaluation.Same(reference[i].Text, quote.Text), -1);
            if (index < 0)
            {
                disagreements.Add($"{name}: only the second annotation has «{quote.Text}» ({quote.Speaker ?? "no speaker"})");
                continue;
            }

            used[index] = true;
            matched++;
            if (QuoteEvaluation.SameSpeaker(reference[index], quote.Speaker))
            {
                speakersRight++;
            }
            else
            {
                disagreements.Add($"{name}: speaker of «{quote.Text}» is {quote.Speaker ?? "none"} in the second annotation, {reference[index].Speaker ?? "none"} in the reference");
            }
        }

        for (var i = 0; i < reference.Count; i++)
        {
            if (!used[i])
            {
                disagreements.Add($"{name}: only the reference has «{reference[i].Text}» ({reference[i].Speaker ?? "no speaker"})");
            }
        }

        return new Score(name, reference.Count, second.Count, matched, speakersRight, disagreements) { Language = language };
    }

    /// <summary>
    /// Every article annotated in <paramref name="secondFolder"/> (<c>name.expected.json</c>) against the file of
    /// the same name in <paramref name="referenceFolder"/>; an article missing from the reference is an error.
    /// </summary>
    public static List<Score> ScoreFolders(string referenceFolder, string secondFolder) =>
        Directory.GetFiles(secondFolder, "*.expected.json").OrderBy(f => f, StringComparer.Ordinal).Select(second =>
        {
            var fileName = Path.GetFileName(second);
            var reference = Path.Combine(referenceFolder, fileName);
            if (!File.Exists(reference))
            {
                throw new FileNotFoundException($"{fileName} has no reference annotation in {referenceFolder}", reference);
            }

            return ScoreArticle(fileName[..^".expected.json".Length], File.ReadAllText(reference), File.ReadAllText(second));
        }).ToList();
}
