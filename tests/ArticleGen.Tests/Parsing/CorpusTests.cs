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
        Assert.Equal(167, articles.Count);
        Assert.True(score.F1 >= 0.964, $"dev F1 {score.F1:0.000}: {string.Join("; ", score.Errors)}");
        Assert.True(score.SpeakerAccuracy >= 0.881, $"dev speaker accuracy {score.SpeakerAccuracy:0.000}: {string.Join("; ", score.Errors)}");
    }

    [Fact]
    public void Heldout_set_keeps_its_figures()
    {
        // Figures only, never the errors: the held-out articles must not be tuned on.
        var articles = QuoteEvaluation.ScoreFolder(TestFiles.Path("corpus", "heldout"));
        var score = Score.Sum("heldout", articles);
        Assert.Equal(120, articles.Count);
        Assert.True(score.F1 >= 0.960, $"heldout F1 {score.F1:0.000}");
        Assert.True(score.SpeakerAccuracy >= 0.682, $"heldout speaker accuracy {score.SpeakerAccuracy:0.000}");
    }

    [Fact]
    public void Construction_probes_keep_their_figures()
    {
        // Short passages written for one construction each (tests/corpus/constructions): 116 of 160 with the rules of the eighth session's start (1bd0e66), 132 at its end.
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", "constructions.json"));
        Assert.Equal(160, results.Count);
        Assert.True(results.Count(r => r.Right) >= 132, string.Join("; ", results.Where(r => !r.Right).Select(r => r.Line)));
    }

    [Fact]
    public void Unseen_construction_probes_keep_their_figures()
    {
        // A second set of such passages, written by another helper and never tuned on: 126 of 160 with the
        // rules of the eighth session's start, 129 at its end, 132 at the ninth's. Only totals are printed for it.
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", "constructions-unseen.json"));
        Assert.Equal(160, results.Count);
        Assert.True(results.Count(r => r.Right) >= 132, $"{results.Count(r => r.Right)} of 160");
    }

    [Fact]
    public void Agency_style_construction_probes_keep_their_figures()
    {
        // Longer passages in news-agency style: 85 of 160 with the rules of the eighth session's start and end;
        // tuned on in the ninth session (103 at its end).
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", "constructions-agency.json"));
        Assert.Equal(160, results.Count);
        Assert.True(results.Count(r => r.Right) >= 103, $"{results.Count(r => r.Right)} of 160");
    }

    [Fact]
    public void Unseen_agency_style_construction_probes_keep_their_figures()
    {
        // A second agency-style set, written blind by a helper in the ninth session and never tuned on: 75 of 160
        // with the rules of the session's start (5038286), 78 when it was added, 82 at the session's end. Only totals are printed for it.
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", "constructions-agency-unseen.json"));
        Assert.Equal(160, results.Count);
        Assert.True(results.Count(r => r.Right) >= 82, $"{results.Count(r => r.Right)} of 160");
    }

    [Fact]
    public void Second_agency_style_construction_probes_keep_their_figures()
    {
        // 160 agency-style passages (100 French) written by a helper in the ninth session: 105 with the rules of the
        // session's start, 108 before its misses were read, then tuned on: 124 at the session's end.
        var results = Constructions.Score(TestFiles.Path("corpus", "constructions", "constructions-agency-2.json"));
        Assert.Equal(160, results.Count);
        Assert.True(results.Count(r => r.Right) >= 124, $"{results.Count(r => r.Right)} of 160");
    }
}
