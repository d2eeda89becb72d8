namespace ArticleGenTests.Parsing;

/// <summary>
/// "Sir Keir said" after "Keir Starmer", "Dr Tedros added" after "Tedros Adhanom Ghebreyesus": a title before a lone word
/// that ends no name of the article but opens exactly one is that person, as "President Xi" already was for names of two
/// short words; a known given name only after "Sir" or "Dame" (a king's or a pope's is a name of its own: "King Charles"
/// after "Charles Michel", AttributionTests.GivenNames.cs). Before, the lone word was the speaker ("Keir"). Found in the
/// thirty-fifth session by a battery of quotes among several people.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Boris Johnson met Keir Starmer on Tuesday. \"It was productive,\" Mr Johnson said.", "\"We agreed on nothing,\" Sir Keir said.", "Keir Starmer")]
    [InlineData("Tedros Adhanom Ghebreyesus, the head of the WHO, warned of \"a very high risk\".", "Dr Tedros added: \"We must act now.\"", "Tedros Adhanom Ghebreyesus")]
    public void A_titled_first_word_names_the_one_person_it_opens(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Fact]
    public void A_titled_word_opening_two_names_stays_as_written() // passes before too: a guard
    {
        Assert.Equal("Keir", Attribute("en", "Keir Starmer met Keir Hardy on Tuesday.", "\"We agreed on nothing,\" Sir Keir said.").Speaker);
    }
}
