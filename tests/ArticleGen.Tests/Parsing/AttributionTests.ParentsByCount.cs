namespace ArticleGenTests.Parsing;

/// <summary>
/// "Jane Doe has lived in the town for 20 years. "…," the mother of three said": a parent named by the number of their
/// children ("the mother of three", "the father-of-two", "la mère de trois enfants") refers back as a person named by their
/// age does ("the 45-year-old"). Found in the thirty-fourth session by a battery of pronouns across several people.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Jane Doe has lived in the town for 20 years.", "\"I had nowhere to go,\" the mother of three said.", "Jane Doe")]
    [InlineData("en", "John Smith lost his job in May.", "\"I had nowhere to go,\" said the father-of-two.", "John Smith")]
    [InlineData("fr", "Marie Martin a perdu son emploi en mai.", "« Je n'avais nulle part où aller », raconte la mère de trois enfants.", "Marie Martin")]
    [InlineData("en", "John Smith lost his job in May.", "\"I had nowhere to go,\" the mother of three said.", "the mother of three")] // passes before too: a guard, no woman named before
    public void A_parent_by_the_number_of_children_refers_back(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
