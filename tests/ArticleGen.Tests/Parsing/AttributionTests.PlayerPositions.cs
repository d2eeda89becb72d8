namespace ArticleGenTests.Parsing;

/// <summary>
/// A player's position written before the name ("Fly-half Tom Ashworth", "l'ailier Théo Marin") is a title, dropped from the
/// name as "coach" is (twenty-ninth session, from the whole-article probe set: a match report gave "Fly-half Tom Ashworth").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Fly-half Tom Ashworth kicked a penalty with the last play of the game.", "\"I wasn't thinking about the misses,\" Ashworth said.", "Tom Ashworth")]
    [InlineData("en", "The visitors levelled through a header.", "\"We switched off for one second,\" said goalkeeper Dan Pryor.", "Dan Pryor")] // passes before too
    [InlineData("en", "Striker Leah Mensah scored twice before half-time.", "\"The team made it easy for me,\" Mensah said.", "Leah Mensah")] // passes before too
    public void A_players_position_before_the_name_is_a_title(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
