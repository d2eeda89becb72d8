namespace ArticleGenTests.Parsing;

/// <summary>
/// A capitalised adjective of nationality, place or kind opening a clause before lower-case nouns is the first word of a
/// description, not a name: "Syrian state media reported" was "Syrian", "Local residents said" was "Local" (found in the
/// fifteenth session from "National public service announcements … state" on the Global Voices dev batch).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Local residents said \"we will not allow this to happen again in our city\".", "Local residents")]
    [InlineData("Federal officials said: \"We will not allow this to happen again in our city.\"", "Federal officials")]
    [InlineData("Syrian state media reported that \"the terrorists were driven out of the city\".", "Syrian state media")]
    [InlineData("Israeli military officials told reporters that \"the operation will go on\".", "Israeli military officials")]
    [InlineData("American diplomats said \"the talks will resume next week in Geneva\".", "American diplomats")]
    public void A_capitalised_adjective_opens_a_description(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Christian Smith later said \"we will not allow this to happen again in our city\".", "Christian Smith")]
    [InlineData("Ryan later said \"we will not allow this to happen again in our city\".", "Ryan")]
    [InlineData("Comic artist Jenn St-Onge said \"I didn't get any work in my first stint\".", "Jenn St-Onge")]
    public void A_given_name_or_a_name_after_role_nouns_is_still_a_name(string paragraph, string speaker)
    {
        // (Passes before too.)
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
