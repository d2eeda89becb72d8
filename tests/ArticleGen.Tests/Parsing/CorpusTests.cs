using ArticleGen.Eval;
using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Regression floors on the evaluation corpus (tests/corpus), at the figures measured when the rules
/// were last changed (README, "Quotes and speakers: how well"): a change to the rules that loses
/// quotes or speakers fails here. These are floors, not the targets: the targets are in the README.
/// </summary>
public sealed class CorpusTests
{
    [Fact]
    public void Seed_is_fully_right()
    {
        var score = Score.Sum("seed", QuoteEvaluation.ScoreFolder(TestFiles.Path("Seeds")));
        Assert.Equal((9, 9, 9, 9), (score.Expected, score.Predicted, score.Matched, score.SpeakersRight));
    }

    [Fact]
    public void Given_speaker_precision_counts_the_quotes_with_a_speaker()
    {
        const string text = "Headline: Essai\n\n« Nous viendrons demain matin », a dit Jean Roe.\n\n« Nous partirons demain soir », a dit Marie Dupont.\n";
        const string expected = """
            { "language": "fr", "quotes": [
              { "text": "Nous viendrons demain matin", "speaker": "Jean Roe" },
              { "text": "Nous partirons demain soir", "speaker": "Paul Durand" }
            ] }
            """;

        var score = QuoteEvaluation.ScoreArticle("a", text, expected);

        Assert.Equal((2, 2, 1), (score.Matched, score.SpeakersGiven, score.GivenRight));
        Assert.Equal(0.5, score.GivenSpeakerPrecision);
        Assert.Equal(0.5, score.SpeakerAccuracy);
    }

    [Fact]
    public void Dev_set_keeps_its_figures()
    {
        var articles = QuoteEvaluation.ScoreFolder(TestFiles.Path("corpus", "dev"));
        var score = Score.Sum("dev", articles);
        Assert.Equal(975, articles.Count);
        // (F1 0.950 until the twenty-fifth session added eight Global Voices posts of 2009, run-on passages among them that do not
        // reopen their marks, scored 0.771 unseen: 0.951 → 0.948 with the same rules.)
        Assert.True(score.F1 >= 0.945, $"dev F1 {score.F1:0.000}: {string.Join("; ", score.Errors)}");
        // (0.880 until the twentieth session added 36 Global Voices posts scored 0.333, 0.310 and 0.484 unseen; 0.870 until the
        // twenty-first added 37 more, scored 0.333, 0.641, 0.429 and 0.429: the floor follows the set, not the rules. The
        // twenty-fourth added 94 one-pair articles, scored 0.707 unseen: 0.868 → 0.864 with the same rules; then 85 more, 0.767, and 77 more, 0.574.
        // The twenty-fifth added 69 more, scored 0.588 unseen: 0.863 → 0.859 with the same rules; then 25 more, 0.632, and 8 more from a new source, 0.622 (F1 0.771).
        // The twenty-sixth added that source's last 6 posts, 0.286 unseen (2 of 7 speakers); its rules took dev to 0.861, the
        // twenty-seventh's to 0.862, the twenty-ninth's to 0.863, the thirtieth's to 0.865, the thirty-first's to 0.868, the same at the thirty-second's,
        // the thirty-sixth's to 0.871.)
        Assert.True(score.SpeakerAccuracy >= 0.868, $"dev speaker accuracy {score.SpeakerAccuracy:0.000}: {string.Join("; ", score.Errors)}");
    }

    [Fact]
    public void Heldout_set_keeps_its_figures()
    {
        // Figures only, never the errors: the held-out articles must not be tuned on.
        var articles = QuoteEvaluation.ScoreFolder(TestFiles.Path("corpus", "heldout"));
        var score = Score.Sum("heldout", articles);
        Assert.Equal(240, articles.Count);
        Assert.True(score.F1 >= 0.950, $"heldout F1 {score.F1:0.000}");
        Assert.True(score.SpeakerAccuracy >= 0.720, $"heldout speaker accuracy {score.SpeakerAccuracy:0.000}");
    }

    /// <summary>
    /// The probe sets of tests/corpus/constructions (passages written by helper sessions, one news construction each,
    /// 160 per set), each at its floor. Figures: tests/corpus/README.md. Only the tuned sets print their misses; the
    /// sets never tuned on print totals only, so a failing run shows no passage of them.
    /// </summary>
    [Theory]
    [InlineData("constructions.json", 132, true)] // tuned on in the eighth session: 116 → 132
    [InlineData("constructions-unseen.json", 132, false)] // never tuned on: 126 (eighth session's start) → 129 → 132 (ninth's end)
    [InlineData("constructions-agency.json", 104, true)] // agency style, tuned on in the ninth session: 85 → 103; 104 in the tenth
    [InlineData("constructions-agency-unseen.json", 85, true)] // agency style, written blind in the ninth session: 75 → 82; 85 in the tenth; 87 → 89, its misses read and tuned on in the nineteenth
    [InlineData("constructions-agency-2.json", 127, true)] // agency style, 100 French, ninth session: 105, 108 before it was read, 125; 127 in the tenth
    [InlineData("constructions-everyday.json", 150, true)] // everyday copy, written blind in the twenty-seventh session: 140 before it was read, 153 at its end (one item corrected)
    [InlineData("constructions-everyday-2.json", 145, true)] // everyday copy, second batch, written blind in the twenty-eighth session: 127 before it was read, 148 at its end
    [InlineData("constructions-everyday-3.json", 152, true)] // everyday copy, third batch, written blind late in the twenty-eighth session: 144 (start's rules) and 145 before it was read, 149 at its end, 155 at the thirty-sixth's (tuned on)
    [InlineData("constructions-standalone.json", 84, true)] // standalone quotes named away from them, written blind in the twenty-third session: 37 → 57 then, 75 at the thirty-fourth's end, 86 at the thirty-fifth's (tuned on)
    public void Construction_probes_keep_their_figures(string file, int floor, bool tunedOn)
    {
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", file));
        Assert.Equal(160, results.Count);
        var right = results.Count(r => r.Right);
        Assert.True(right >= floor, tunedOn ? string.Join("; ", results.Where(r => !r.Right).Select(r => r.Line)) : $"{right} of 160");
    }

    /// <summary>
    /// The whole-article probe sets (twenty-ninth session: 28 articles each, every quote scored), at their floors, totals only:
    /// half of the first set and all of the second were never read.
    /// </summary>
    [Theory]
    [InlineData("constructions-articles.json", 255, 213)] // 188 before it was read; articles 01, 03, 05, 07 tuned on: 101 → 119 of 145 (123 in the thirtieth session, 124 in the thirty-second, 125 in the thirty-third); the others 87 → 88 of 110, 90 in the thirty-fourth
    [InlineData("constructions-articles-2.json", 266, 207)] // written blind after the session's rules: 199 with the start's rules, 201 with them, 202 in the thirty-first session, 205 in the thirty-second, 208 in the thirty-third and thirty-fourth, 209 in the thirty-fifth; never read
    public void Whole_article_probes_keep_their_figures(string file, int count, int floor)
    {
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", file));
        Assert.Equal(count, results.Count);
        var right = results.Count(r => r.Right);
        Assert.True(right >= floor, $"{right} of {count}");
    }
}
