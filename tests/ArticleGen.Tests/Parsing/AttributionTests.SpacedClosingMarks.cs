namespace ArticleGenTests.Parsing;

/// <summary>
/// A French quote that ends its sentence inside spaced marks, "… deux buts. »", ends the sentence there: the next speaker's
/// lead-in is a sentence of its own, not read with the first speaker's (twenty-eighth session; the second quote had gone to
/// the first speaker, found on the second blind everyday probes). English marks, unspaced, were read so already.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "L'entraîneur Yannick Carré ne cachait pas sa frustration : « On a offert deux buts. » Romain Tessier se montrait plus mesuré : « Il reste douze matchs, rien n'est perdu. »", "Romain Tessier")]
    [InlineData("fr", "La maire, Odile Brun, s'est dite « soulagée ». « Personne n'a été blessé. » Son adjoint, Marc Lenoir, a ajouté : « Les travaux commenceront lundi. »", "Marc Lenoir")] // passes before too
    [InlineData("en", "Coach Tom Hale was furious: \"We gave away two goals.\" His captain, Rob Ames, was calmer: \"There are twelve games left.\"", "Rob Ames")] // passes before too
    public void A_quote_ending_its_sentence_inside_spaced_marks_ends_it(string language, string paragraph, string secondSpeaker)
    {
        Assert.Equal(secondSpeaker, Attribute(language, paragraph).Speaker);
    }
}
