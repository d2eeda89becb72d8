namespace ArticleGenTests.Parsing;

/// <summary>
/// A kind's noun between a capitalised word and a name introduces the name after it ("Shipping group Meridian Lines"), not the
/// word before it, which was noted as a second company so "the company" named neither (thirty-second session, from the agency
/// probe set). A kind's noun after a name with nothing capitalised after it still names it ("the RMT union said").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Shipping group Meridian Lines said on Tuesday it would divert all of its vessels away from the Red Sea.", "“The safety of our crews must come first,” the company said in a statement.", "Meridian Lines")]
    [InlineData("The RMT union said on Tuesday its members would strike for two days next week.", "“Our members have been left with no choice,” the union said in a statement.", "RMT")] // passes before too
    public void A_kinds_noun_between_two_names_introduces_the_second(string first, string second, string expected)
    {
        Assert.Equal(expected, Attribute("en", first, second).Speaker);
    }
}
