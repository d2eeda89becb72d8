namespace ArticleGenTests.Parsing;

/// <summary>
/// A transcript label: a long title, then the person, then a colon and the quote ("Civilian Deputy Undersecretary of the
/// Air Force for Acquisition Darleen Druyun: "…""; sixteenth session, from the 2004 dev batch's e-mail exchange).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Civilian Deputy Undersecretary of the Navy for Research Darleen Moss: \"I read the article with disgust.\"", "Darleen Moss", "Civilian Deputy Undersecretary of the Navy for Research")]
    [InlineData("Special Asst. to the Secretary and Director of Navy Communications Bill Stone: \"We don't have to turn the other cheek.\"", "Bill Stone", "Special Asst. to the Secretary and Director of Navy Communications")]
    public void A_titled_label_before_a_colon_names_the_person_at_its_end(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }

    [Fact]
    public void A_label_with_no_known_given_name_is_left_to_the_other_rules()
    {
        // (Passes before too.) "Royal Navy Press Office:" names a body; nothing is cut off it.
        Assert.Equal("Royal Navy Press Office", Attribute("en", "Royal Navy Press Office: \"The ship will sail on Monday.\"").Speaker);
    }
}
