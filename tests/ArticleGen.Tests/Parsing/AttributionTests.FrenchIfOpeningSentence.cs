namespace ArticleGenTests.Parsing;

/// <summary>
/// French "Si" opening a sentence ("Si elle regrettait « … », son partenaire …") is the conjunction, no name: it was taken as
/// the speaker of both fragments of its sentence (partial probe fr-pa034, thirty-sixth session).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void French_si_opening_a_sentence_is_no_name()
    {
        var article = ArticleGen.Parsing.ArticleParser.Parse("Headline: Test\nLanguage: fr\n\nLéa Morin et Hugo Dantec se sont inclinés dimanche en finale. Si elle regrettait « une balle de match mal négociée », son partenaire préférait retenir « une semaine très riche ».\n");
        Assert.Equal("Léa Morin", SpeakerName(article, article.Quotes[0]));
        Assert.NotEqual("Si", SpeakerName(article, article.Quotes[1]));
    }
}
