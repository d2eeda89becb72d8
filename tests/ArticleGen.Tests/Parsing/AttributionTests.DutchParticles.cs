namespace ArticleGenTests.Parsing;

/// <summary>
/// "said manager Erik ten Hag" gave "Hag" with the role "manager Erik ten": "ten" and "ter" are Dutch particles inside a name,
/// as "van" and "von" are; and a number word before a name is no role ("Ten Hag added" gave the role "Ten"). Found in the
/// thirty-fourth session by a battery of standalone quotes after scene-setting sentences.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We deserved it,\" said manager Erik ten Hag.", "Erik ten Hag", "manager")]
    [InlineData("\"We deserved it,\" said Gerard ter Borch.", "Gerard ter Borch", null)]
    [InlineData("\"We deserved it,\" said Ursula von der Leyen.", "Ursula von der Leyen", null)] // passes before too
    public void A_Dutch_particle_stays_inside_the_name(string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }

    [Fact]
    public void A_number_word_before_a_name_is_no_role()
    {
        Assert.Equal(("Erik ten Hag", (string?)null), Attribute("en", "\"We deserved it,\" said Erik ten Hag.", "\"The players were superb,\" Ten Hag added."));
        Assert.Null(Attribute("en", "\"The players were superb,\" Ten Hag added.").Role); // the role rule alone, with no particle read
    }

    [Fact]
    public void A_lower_case_ten_between_words_is_still_a_number() // passes before too: a guard
    {
        Assert.Equal("John Smith", Attribute("en", "After ten Days of talks, John Smith said: \"We have a deal.\"").Speaker);
    }
}
