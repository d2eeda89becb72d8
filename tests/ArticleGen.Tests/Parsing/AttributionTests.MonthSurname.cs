namespace ArticleGenTests.Parsing;

/// <summary>
/// "said May.": a month's word with no day after it, closing an inverted incise, is a surname (Theresa May), not a date;
/// before, the quote went to the speaker of the quote before it. Found in the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Prime Minister Theresa May spoke on Sunday. According to the BBC, a witness heard one of the men say \"this is for Allah.\"", "\"Enough is enough,\" said May. \"There is far too much tolerance.\"", "Theresa May")]
    [InlineData("en", "Brian May played on Sunday. According to the BBC, a fan shouted \"we love you\".", "\"It was loud,\" said May, smiling.", "Brian May")]
    public void A_month_closing_an_incise_is_a_surname(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
