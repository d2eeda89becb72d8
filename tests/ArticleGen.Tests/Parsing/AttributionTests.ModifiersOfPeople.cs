namespace ArticleGenTests.Parsing;

/// <summary>
/// A noun that opens the clause with its capital right before a plural noun of people or crews modifies it ("Aid agencies",
/// "Health officials", "Rescue workers"): the description speaks, not a one-word "name" (twenty-ninth session, from a snippet
/// written after the whole-article probes; "Local residents", an adjective, already read so).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Aid agencies warned on Monday of \"a slide towards famine conditions\" in the north.", "Aid agencies")]
    [InlineData("Health officials warned of \"a very difficult winter\" ahead.", "Health officials")]
    [InlineData("Rescue workers described the scene as \"utter devastation\".", "Rescue workers")]
    [InlineData("Local residents said the river had turned \"the colour of tea\".", "Local residents")] // passes before too
    public void A_capitalised_noun_before_plural_people_opens_a_description(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
