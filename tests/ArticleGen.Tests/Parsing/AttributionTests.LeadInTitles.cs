namespace ArticleGenTests.Parsing;

/// <summary>
/// The words of a title or of another quote inside a lead-in before a colon name nobody: "In a post entitled "A brave lady
/// Speaks out about the CIA Drone Strikes", Yemeni blogger Afrah Nasser …:" gave "Drone Strikes" (found in the fifteenth
/// session on the Global Voices dev batch).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("In a post entitled \"A brave lady Speaks out about the CIA Drone Strikes\", Yemeni blogger Afrah Nasser commended the activist's courage:", "Afrah Nasser")]
    [InlineData("Under the headline \"Why Peter Hanson Was Wrong\", the blogger Mary Jones praised the court's ruling:", "Mary Jones")] // (passed before too)
    public void A_title_inside_a_lead_in_names_no_speaker(string leadIn, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", leadIn, "\"What about the hundreds of innocent people killed by drone strikes in Pakistan?\"").Speaker);
    }
}
