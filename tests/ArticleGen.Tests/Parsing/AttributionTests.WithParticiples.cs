namespace ArticleGenTests.Parsing;

/// <summary>
/// A present participle whose subject "with" brings in ("…, with one local MP accusing its operators of "…"") speaks for that
/// subject, not for the sentence's (twenty-ninth session, from the whole-article probe set, tuning half: "Aske", a river in the
/// sentence, had been given; dev +2). A capitalised office word alone ("MP") ends no description as a name would.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Commuters have reacted angrily to plans to double the toll on the bridge over the river Aske, with one local MP accusing its operators of \"holding a whole town to ransom\".", "one local MP")]
    [InlineData("Commuters have reacted angrily to the plans, with Labour MP Sandra Kell accusing the operators of \"holding a whole town to ransom\".", "Sandra Kell")] // passes before too
    [InlineData("Les usagers ont réagi vivement, avec le maire Paul Girard dénonçant « une décision brutale ».", "Paul Girard")] // passes before too, since the soft stems
    public void A_participle_after_with_speaks_for_its_subject(string paragraph, string speaker)
    {
        var language = paragraph.Contains(" avec ", StringComparison.Ordinal) ? "fr" : "en";
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
