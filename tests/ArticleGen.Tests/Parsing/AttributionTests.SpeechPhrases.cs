namespace ArticleGenTests.Parsing;

/// <summary>
/// Phrases that report words as a speech verb does (sixteenth session, from dev fragments set aside as scare quotes):
/// "a fait part d'un « énorme choc »", "professed himself "deeply concerned"", "referred to the hecklers as "ugly folks"".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le Premier ministre, Paul Girard, a fait part de sa « profonde tristesse » après le naufrage.", "Paul Girard")]
    [InlineData("fr", "Le président Paul Girard avait fait part d'un « énorme choc » après l'attentat.", "Paul Girard")]
    [InlineData("en", "Governor Ann Price professed herself \"deeply concerned\" about the flooding.", "Ann Price")]
    [InlineData("en", "At a rally in Ohio, Senator Mark Dalton referred to the protesters as \"paid agitators.\" The crowd cheered.", "Mark Dalton")]
    public void A_phrase_that_reports_words_names_who_said_a_fragment(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Referred_to_as_with_nobody_in_between_is_what_a_thing_is_called()
    {
        // "commonly referred to as "collateral damage"": a passive naming, no speaker; the fragment stays a scare quote.
        var article = ArticleGen.Parsing.ArticleParser.Parse(
            "Headline: Test\nLanguage: en\n\nThe killing of a teenager and many other innocent civilians commonly referred to as \"collateral damage\" has angered the town.");
        Assert.Empty(article.Quotes);
    }
}
