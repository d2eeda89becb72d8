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
}
