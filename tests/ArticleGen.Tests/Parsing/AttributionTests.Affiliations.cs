namespace ArticleGenTests.Parsing;

/// <summary>
/// "Sally Wasef of Australia's Griffith University said": the place owning the organisation was read as a title of it,
/// so the organisation was taken for a person and spoke. Found in the fourteenth session on a dev error.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Lead author Sally Wasef of Australia's Griffith University explained to the press, \"The ibis was considered the god Thoth.\"", "Sally Wasef")]
    [InlineData("Sally Wasef of Australia's Griffith University said, \"The ibis was considered the god Thoth.\"", "Sally Wasef")]
    public void A_person_of_a_places_organisation_speaks(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_person_of_an_organisation_speaks()
    {
        // (Passes before too.)
        Assert.Equal("Sally Wasef", Attribute("en", "Sally Wasef of Griffith University explained to the press, \"The ibis was considered the god Thoth.\"").Speaker);
    }

    // After an inverted speech verb, a name then "of" and an organisation's name: the chain of capitalised words had been
    // read as a role ending in its last name, so "Brookings Institution" spoke (seventeenth session, AMALGUM dev batch).
    [Theory]
    [InlineData("en", "\"There is, I think, considerable doubt remaining,\" said Bruce Riedel of the Brookings Institution.", "Bruce Riedel", "Brookings Institution")]
    [InlineData("en", "\"I am not persuaded yet,\" said Aaron David Miller of the Woodrow Wilson Center, a think tank.", "Aaron David Miller", "Woodrow Wilson Center")]
    [InlineData("fr", "« La situation reste préoccupante », a déclaré Marie Lenoir de l'Institut Pasteur.", "Marie Lenoir", "Institut Pasteur")]
    public void A_name_of_an_organisation_after_the_verb_speaks_for_it(string language, string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute(language, paragraph));
    }

    [Theory]
    [InlineData("\"We will not back down,\" said US Ambassador to the United Nations Nikki Haley.", "Nikki Haley")] // passes before too
    [InlineData("\"We will not back down,\" said Secretary of State Mike Pompeo.", "Mike Pompeo")] // passes before too
    public void A_title_with_of_before_a_name_after_the_verb_still_names_the_person_last(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
