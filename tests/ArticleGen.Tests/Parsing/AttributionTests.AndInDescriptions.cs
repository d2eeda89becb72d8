namespace ArticleGenTests.Parsing;

/// <summary>
/// "and"/"et" inside a description: between the capitalised words of a name ("a Greater Manchester Fire and Rescue Service
/// spokesman", "a Marks and Spencer spokesman"), and before a second complement ("un officier du service départemental
/// d'incendie et de secours") (twenty-eighth session; the description had been cut at the conjunction, found on the second
/// blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"The building was well alight when crews arrived,\" a Greater Manchester Fire and Rescue Service spokesman said.", "a Greater Manchester Fire and Rescue Service spokesman")]
    [InlineData("en", "\"Stores will reopen on Monday,\" a Marks and Spencer spokesman said.", "a Marks and Spencer spokesman")]
    [InlineData("fr", "« Le vent a tourné vers 16 heures », a expliqué un officier du service départemental d'incendie et de secours.", "un officier du service départemental d'incendie et de secours")]
    [InlineData("en", "\"The building was well alight,\" said a spokesman for Greater Manchester Fire and Rescue Service.", "a spokesman for Greater Manchester Fire and Rescue Service")] // passes before too
    public void A_conjunction_inside_a_description_keeps_it_whole(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
