namespace ArticleGenTests.Parsing;

/// <summary>
/// Titles written with a period before a name ("Rev.", "Hon.", "Msgr.", "Fr.", "Ald.", "Pvt.", "Atty.") keep it and are titles,
/// where "Rev" alone was read as the speaker. Thirty-third session, from a battery of titles written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"It is over,\" said the Rev. Jesse Jackson.", "Jesse Jackson")]
    [InlineData("\"It is over,\" said the Rt. Hon. Jack Straw.", "Jack Straw")]
    [InlineData("\"It is over,\" said Msgr. Guido Marini.", "Guido Marini")]
    [InlineData("\"It is over,\" said Fr. Michael Pfleger.", "Michael Pfleger")]
    [InlineData("\"It is over,\" said Ald. Ed Burke.", "Ed Burke")]
    [InlineData("\"It is over,\" said Pvt. Bradley Manning.", "Bradley Manning")]
    [InlineData("\"It is over,\" said Atty. Gen. Eric Holder.", "Eric Holder")]
    [InlineData("\"It is over,\" said Capt. John Doe.", "John Doe")] // passes before too
    public void An_abbreviated_title_is_no_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
