namespace ArticleGenTests.Parsing;

/// <summary>
/// "John Smith, 81, served in Korea. "…," the veteran said": a definite description of two words whose noun says what the
/// person is by their state of life ("the widow", "the pensioner", "the teenager") stands for the person the sentences before
/// are about, in English as French copy's "la boulangère" did (two-word epithets had been French only,
/// AttributionTests.ShortEpithets.cs); French gains "le retraité", "la veuve", "le vétéran", "la championne", "la lycéenne". Not
/// a trade ("the driver", "the baker": someone else's mostly), an office ("the president") nor a parent ("the father"). Found
/// in the thirty-fourth session by a battery of epithets after one named person.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Jane Doe, 81, has lived alone since her husband died.", "\"I manage,\" the widow said.", "Jane Doe")]
    [InlineData("en", "John Smith, 81, served in Korea.", "\"We were young,\" the veteran said.", "John Smith")]
    [InlineData("en", "John Smith, 81, served in Korea.", "\"We were young,\" the pensioner said.", "John Smith")]
    [InlineData("en", "Jane Doe, 16, has been climbing since she was six.", "\"I love it,\" the teenager said.", "Jane Doe")]
    [InlineData("en", "Jane Doe won gold in the 100m on Sunday.", "\"I love it,\" the champion said.", "Jane Doe")]
    [InlineData("fr", "Marie Martin, 81 ans, vit seule depuis la mort de son mari.", "« Je me débrouille », dit la veuve.", "Marie Martin")]
    [InlineData("fr", "Jean Dupont, 81 ans, a fait la guerre d'Algérie.", "« Nous étions jeunes », raconte le retraité.", "Jean Dupont")]
    [InlineData("fr", "Marie Martin, 16 ans, grimpe depuis l'âge de six ans.", "« J'adore ça », confie la lycéenne.", "Marie Martin")]
    [InlineData("fr", "Marie Martin a gagné l'or sur 100 m dimanche.", "« J'adore ça », a réagi la championne.", "Marie Martin")]
    public void A_two_word_epithet_refers_back(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("John Smith now runs a bakery.", "\"I love it,\" the father said.", "the father")]
    [InlineData("John Smith now runs a bakery.", "\"I love it,\" the baker said.", "the baker")]
    [InlineData("Joe Biden met Angela Merkel in Berlin.", "\"We are united,\" the president said.", "the president")]
    public void A_parent_a_trade_or_an_office_in_two_words_does_not(string first, string second, string speaker) // all pass before too: guards
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }
}
