namespace ArticleGenTests.Parsing;

/// <summary>
/// Names in a phrase that opens the sentence before the speaker: "In a letter to Prime Minister Boris Johnson, the mayor
/// wrote" gave Boris Johnson with the role "mayor wrote:" (an apposition read past the clause's verb and colon); "According to
/// Human Rights Watch, the police" gave "Rights Watch" (three words after a preposition read as an outlet and a person); "At a
/// rally in Des Moines, Iowa, Jane Doe told" gave the role "Iowa". Found in the thirty-fourth session by a battery of opening
/// phrases written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "In a letter to Prime Minister Boris Johnson, the mayor wrote: \"We need help.\"", "the mayor")]
    [InlineData("en", "In a letter to John Smith, the mayor wrote: \"We need help.\"", "the mayor")] // passes before too
    [InlineData("en", "Michel Sapin, the finance minister, said: \"We need help.\"", "Michel Sapin")] // passes before too: the apposition to a name
    public void A_name_in_a_phrase_opened_by_a_preposition_is_no_subject(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("According to Human Rights Watch, the police used \"excessive force\".", "Human Rights Watch")]
    [InlineData("According to Doctors Without Borders, the police used \"excessive force\".", "Doctors Without Borders")]
    public void Three_words_after_a_preposition_with_no_given_name_are_one_body(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("en", "At a rally in Des Moines, Iowa, Jane Doe told supporters: \"We will win.\"", "Jane Doe", null)]
    [InlineData("fr", "Selon le ministre Michel Sapin, le ministre des finances a dit : « Nous avons besoin d'aide. »", "Michel Sapin", "ministre des finances")]
    [InlineData("en", "Managing Director, John Smith, said: \"We will win.\"", "John Smith", "Managing Director")] // passes before too
    public void A_role_holds_no_place_and_stops_at_the_verb(string language, string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute(language, paragraph));
    }
}
