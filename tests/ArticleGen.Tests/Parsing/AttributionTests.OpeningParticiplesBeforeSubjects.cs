namespace ArticleGenTests.Parsing;

/// <summary>
/// Whom a pronoun or a description by age stands for is read past a capitalised participle's opening phrase ("Échappé pendant
/// 160 kilomètres, le Breton Julien Morel a été repris …, lors de l'étape remportée par … Daan Verhoeven"), as past a
/// preposition's (thirty-second session, from the agency probe set: the winner named at the sentence's end was taken). The
/// name is still read with its regional noun ("le Breton Julien Morel": "Breton" is also a surname, so it is no demonym to
/// strip); the person is right. A given name opening the sentence is no participle.
/// </summary>
public sealed partial class AttributionTests
{
    private const string CaughtRider = "Échappé pendant 160 kilomètres, le Breton Julien Morel a été repris à 800 mètres de l'arrivée, lors de l'étape remportée au sprint par le Néerlandais Daan Verhoeven.";

    [Theory]
    [InlineData(CaughtRider, "« J'y ai cru jusqu'à la flamme rouge », a-t-il confié.")]
    [InlineData(CaughtRider, "« J'y ai cru jusqu'à la flamme rouge », a confié le coureur de 21 ans.")]
    public void An_opening_participles_phrase_is_passed_over(string first, string second)
    {
        Assert.Contains("Julien Morel", Attribute("fr", first, second).Speaker);
    }

    [Fact]
    public void A_given_name_opening_the_sentence_is_no_participle()
    {
        // (Passes before too: a guard for the rule.)
        Assert.Equal("René Dupont", Attribute("fr", "René Dupont, maire de Plouzévédé depuis 2008, a été réélu dimanche face à Paul Girard.", "« C'est une belle victoire », a-t-il confié.").Speaker);
    }
}
