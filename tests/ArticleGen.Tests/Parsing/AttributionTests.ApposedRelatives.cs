namespace ArticleGenTests.Parsing;

/// <summary>
/// "Her husband, Tom, was away": a noun that carries a gender ("husband", "wife", "nièce") before the comma of a description
/// opening the clause marks the lone name apposed to it, so "she" no longer stands for Tom; and "Smith's wife, Anna, was at
/// home": a name apposed to an owner's noun is the sentence's subject, not the owner. Found in the thirty-fourth session by a
/// battery of pronouns across several people.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_lone_name_apposed_to_a_gendered_noun_takes_its_gender()
    {
        Assert.Equal("Jane Doe", Attribute(
            "en",
            "Jane Doe, 45, lost her home in the flood. Her husband, Tom, was away.",
            "\"I had nowhere to go,\" she said.").Speaker);
    }

    [Theory]
    [InlineData("Smith's wife, Anna, was at home.", "\"I waited all night,\" she said.", "Anna")]
    [InlineData("Smith's daughter, Emma, 12, was at school.", "\"I was scared,\" she said.", "Emma")]
    [InlineData("Obama's spokesman, Josh Earnest, was asked about the deal.", "\"We are confident,\" he said.", "Josh Earnest")] // passes before too
    public void A_name_apposed_to_an_owners_noun_is_the_subject(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Fact]
    public void A_gendered_noun_in_a_clause_that_opens_on_no_determiner_marks_nobody() // passes before too: a guard
    {
        Assert.Equal("Jane Doe", Attribute(
            "en",
            "Police shot the man, Jane Doe told reporters.",
            "\"It was terrifying,\" she said.").Speaker);
    }
}
