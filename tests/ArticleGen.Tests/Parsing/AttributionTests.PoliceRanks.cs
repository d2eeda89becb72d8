namespace ArticleGenTests.Parsing;

/// <summary>
/// British papers abbreviate police ranks without periods, "Det Ch Insp Mark Hall said": the ranks are titles, dropped from
/// the name as "Det. Insp." already was (twenty-seventh session; "Det Insp Mark Hall" had been the speaker's name).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Det Insp Mark Hall said: \"We are appealing for witnesses.\"", "Mark Hall")]
    [InlineData("Det Ch Insp Mark Hall said: \"We are appealing for witnesses.\"", "Mark Hall")]
    [InlineData("Ch Supt Lisa Grey said: \"We are appealing for witnesses.\"", "Lisa Grey")]
    [InlineData("DCI Mark Hall said: \"We are appealing for witnesses.\"", "Mark Hall")]
    [InlineData("Police said the man was known to officers. Det Sgt Tom Reed added: \"We are appealing for witnesses.\"", "Tom Reed")]
    public void Police_ranks_written_without_periods_are_no_part_of_the_name(string text, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", text).Speaker);
    }
}
