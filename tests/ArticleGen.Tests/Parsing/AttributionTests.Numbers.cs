using ArticleGen.Parsing.Attribution;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A comma or a period between digits is a number's separator (thirtieth session: "over 4,000 members who called for …"
/// gave the speaker "000 members", the comma read as a clause boundary).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("over 4,000 members", "over|4,000|members")]
    [InlineData("1,500,000 people", "1,500,000|people")]
    [InlineData("3,5 % des voix", "3,5|%|des|voix")]
    [InlineData("1.500 manifestants", "1.500|manifestants")]
    [InlineData("On January 25, 2006, he said", "On|January|25|,|2006|,|he|said")] // passes before too: a space after the comma
    [InlineData("at 10:30, police said", "at|10:30|,|police|said")] // passes before too
    public void A_separator_between_digits_stays_in_the_number(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", Token.Split(text, 0, text.Length).ConvertAll(t => t.Text)));
    }

    [Fact]
    public void A_count_with_a_thousands_separator_opens_its_description()
    {
        Assert.Equal("More than 4,000 members of the union",
            Attribute("en", "More than 4,000 members of the union said the plan was \"a disgrace to the whole country\".").Speaker);
    }

    [Fact]
    public void A_relative_with_no_comma_after_a_past_tense_speaks_for_the_object()
    {
        // (Before the number rule this gave "000 members"; with it, the whole clause "A group on Facebook gathered over 4,000 members".)
        Assert.Equal("4,000 members",
            Attribute("en", "A group on Facebook gathered over 4,000 members who called for a \"general strike of all pedestrians in the city\".").Speaker);
    }
}
