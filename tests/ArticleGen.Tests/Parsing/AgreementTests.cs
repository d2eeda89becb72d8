using ArticleGen.Eval;
using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Parsing;

/// <summary>
/// The agreement score of two hand annotations (<c>--agreement</c> of the evaluation command), and the
/// figures of the held-out set's second annotation (tests/corpus/agreement), which the README quotes.
/// </summary>
public sealed class AgreementTests
{
    private const string Reference = """
        { "language": "en", "quotes": [
          { "text": "We will rebuild", "speaker": "Jane Doe", "speaker_alternatives": ["Doe"], "partial": false },
          { "text": "a historic mistake", "speaker": "the mayor", "speaker_alternatives": [], "partial": true },
          { "text": "Not here", "speaker": null, "partial": false }
        ] }
        """;

    [Fact]
    public void Second_annotation_is_scored_as_the_evaluation_scores_output()
    {
        // Matched by text with other spaces and apostrophes; "doe" is an alternative of the reference
        // (case ignored); "the Mayor's office" is not; "Not here" is only in the reference, "Later" only in the second.
        const string second = """
            { "language": "en", "quotes": [
              { "text": "We  will rebuild", "speaker": "doe" },
              { "text": "a historic mistake", "speaker": "the Mayor's office" },
              { "text": "Later", "speaker": "Jane Doe" }
            ] }
            """;

        var score = Agreement.ScoreArticle("a", Reference, second);

        Assert.Equal((3, 3, 2, 1), (score.Expected, score.Predicted, score.Matched, score.SpeakersRight));
        Assert.Equal(3, score.Errors.Count);
        Assert.Contains(score.Errors, e => e.Contains("only the reference has «Not here»", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.Contains("only the second annotation has «Later»", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.Contains("the Mayor's office in the second annotation, the mayor in the reference", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_annotations_agree_fully()
    {
        var score = Agreement.ScoreArticle("a", Reference, Reference);
        Assert.Equal((3, 3, 3, 3), (score.Expected, score.Predicted, score.Matched, score.SpeakersRight));
        Assert.Empty(score.Errors);
    }

    [Fact]
    public void Heldout_second_annotation_keeps_its_figures()
    {
        // Every held-out article has a second annotation, and the two agree as the README says
        // (F1 0.988, speaker accuracy 0.992 on the 128 held out since the tenth session; 0.989 and 0.992 on the 138 of the
        // thirteenth, whose ten new articles agree at 1.000 and 1.000; 0.980 and 0.986 on the 193 of the fifteenth, whose
        // twelve Global Voices posts agree at F1 0.857, the second annotator taking more slogans and sayings as quotes; 0.981
        // and 0.987 on the 201 of the sixteenth, whose eight 2004 Wikinews articles agree at 1.000 and 1.000, as do its
        // twelve AMALGUM articles: 0.982 and 0.988 on the 213; 0.984 and 0.987 on the 228, its fifteen AMALGUM-extra articles
        // agreeing at 0.995 and 0.981; 0.983 and 0.988 on the 240, its last twelve agreeing at 0.975 and 1.000): a change to
        // either ground truth shows here.
        var scores = Agreement.ScoreFolders(TestFiles.Path("corpus", "heldout"), TestFiles.Path("corpus", "agreement", "heldout"));
        var score = Score.Sum("agreement", scores);
        Assert.Equal(Directory.GetFiles(TestFiles.Path("corpus", "heldout"), "*.expected.json").Length, scores.Count);
        Assert.Equal((945, 959, 936, 925), (score.Expected, score.Predicted, score.Matched, score.SpeakersRight));
    }
}
