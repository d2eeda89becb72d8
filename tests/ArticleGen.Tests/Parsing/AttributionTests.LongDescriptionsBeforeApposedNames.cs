namespace ArticleGenTests.Parsing;

/// <summary>
/// A long description, then the person's full name between commas, then the verb, after the quote: ""…," the former chief
/// executive of Southern Vale Water, Graham Firth, told the committee" gave no one, the verb lying past the twelve words the
/// incise is read over (agency probe en-034, thirty-sixth session). The name's closing comma now carries the search on to the
/// verb right after it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We never received a single warning from the regulator before March,\" the former chief executive of Southern Vale Water, Graham Firth, told the Commons environment committee on Thursday.", "Graham Firth", "former chief executive of Southern Vale Water")]
    [InlineData("\"We never received a single warning,\" the former chief executive of the regional water company, Graham Firth, said.", "Graham Firth", "former chief executive of the regional water company")]
    [InlineData("\"We never received a single warning,\" the former chief executive, Graham Firth, told the committee.", "Graham Firth", "former chief executive")] // passes before too
    public void A_long_description_and_an_apposed_name_before_the_verb_name_the_speaker(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }
}
