namespace ArticleGenTests.Parsing;

/// <summary>
/// A trade or standing written before a name, as a capitalised title ("Farmer John Smith", "Campaigner Jane Doe") or after a
/// capitalised word opening the sentence ("Local farmer John Smith"), names that person when the article uses the noun later
/// ("the farmer said"); only offices ("Mayor Jane Doe") and nouns after a determiner did. A title opening a name after a
/// lower-case word stays its title ("met Farmer Bob Jones"), where it was cut off as a place's noun would be. Thirty-third session, from a battery
/// of news shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Farmer John Smith is furious.", "\"We were lied to,\" the farmer said.", "John Smith")]
    [InlineData("Campaigner Jane Doe is furious.", "\"We were lied to,\" the campaigner said.", "Jane Doe")]
    [InlineData("Local farmer John Smith is furious.", "\"We were lied to,\" the farmer said.", "John Smith")]
    [InlineData("It rained all week. Texas farmer John Smith is furious.", "\"We were lied to,\" the farmer said.", "John Smith")]
    [InlineData("Mayor Jane Doe is furious.", "\"We were lied to,\" the mayor said.", "Jane Doe")] // passes before too
    [InlineData("The farmer John Smith is furious.", "\"We were lied to,\" the farmer said.", "John Smith")] // passes before too
    public void A_trade_before_a_name_names_that_person_later(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Theory]
    [InlineData("Farmer John Smith and Farmer Bob Jones are furious.")]
    [InlineData("Farmer John Smith met Farmer Bob Jones.")]
    public void Two_people_of_one_trade_leave_the_noun_to_neither(string first)
    {
        // Passes before too, when no trade was noted: the guard that the second holder is seen. (His title was cut off his name
        // after a lower-case word, as a place's noun is: "met Farmer Bob Jones".)
        Assert.Equal("the farmer", Attribute("en", first, "\"We were lied to,\" the farmer said.").Speaker);
    }
}
