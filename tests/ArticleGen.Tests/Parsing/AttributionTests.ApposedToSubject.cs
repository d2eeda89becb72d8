namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote between commas right after the noun phrase that opens its clause, before that phrase's verb, is what the subject
/// said of itself ("Les Farc, « très attristés par cette tragédie », ont proposé leur aide"; twenty-sixth session, a dev
/// miss); not when it opens on a capital or a determiner, an epithet others gave the subject or a title.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le syndicat, « profondément choqué par ces licenciements », a appelé à la grève.", "Le syndicat")]
    [InlineData("en", "Proposal aside, the rebels, \"deeply saddened by this tragedy,\" offered to help rebuild the town.", "the rebels")]
    public void A_quote_apposed_to_the_subject_before_its_verb_is_the_subject_s(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("The writer Dalton Reyes, \"the most mysterious of our writers\", is known for his reclusiveness.")]
    [InlineData("The town, \"Capital of the Surf\", hosts the championship every year.")]
    public void An_apposed_epithet_or_title_is_not_the_subject_s(string paragraph)
    {
        var article = ArticleGen.Parsing.ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + paragraph);
        Assert.All(article.Quotes, quote => Assert.Null(SpeakerName(article, quote)));
    }
}
