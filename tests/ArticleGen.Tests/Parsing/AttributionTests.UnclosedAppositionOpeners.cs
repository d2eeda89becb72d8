namespace ArticleGenTests.Parsing;

/// <summary>
/// A sentence before a quote with no cue that opens on a name and an apposition left unclosed ("Patrick Hickey, an Irish
/// member of the IOC agreed.") is about that person: the apposition runs to the first English past. Before, its verb was
/// never found, so the quote went on from the previous speaker (dev en-sochi-russia-host-winter-olympics, thirty-sixth
/// session) or to the apposition's description.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Patrick Hickey, a member of the IOC agreed. \"There's no doubt that his presence was a massive influence.\"")]
    [InlineData("Patrick Hickey, an Irish member of the IOC agreed. \"There's no doubt that his presence was a massive influence.\"")]
    [InlineData("Patrick Hickey, a member of the IOC, agreed. \"There's no doubt that his presence was a massive influence.\"")] // passes before too
    public void A_name_before_an_unclosed_apposition_opens_the_sentence_before(string paragraph)
    {
        Assert.Equal("Patrick Hickey", Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void The_person_of_the_unclosed_apposition_speaks_rather_than_the_previous_speaker()
    {
        Assert.Equal("Patrick Hickey", Attribute(
            "en",
            "Jean-Claude Killy praised Putin. \"He spoke French,\" said Killy.",
            "Patrick Hickey, an Irish member of the IOC agreed. \"There's no doubt that his presence was a massive influence.\"").Speaker);
    }
}
