namespace ArticleGenTests.Parsing;

/// <summary>
/// A subordinate clause that opens the sentence ("Although Turkey is …,", "Lorsque la crue …,") ends at its comma: the names
/// in it are no subject of the main verb, whose subject comes after the comma. Found in the twenty-third session on dev.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Turkish President Abdullah Gül issued a Christmas message on Monday.", "Although Turkey is a largely Islamic nation, the President said its Christian citizens were \"equal members of the Turkish nation\".", "Abdullah Gül")]
    [InlineData("en", "Turkish President Abdullah Gül issued a Christmas message on Monday.", "Although Turkey is a largely Islamic nation, the President indicated its Christian citizens were \"equal members of the Turkish nation\".", "Abdullah Gül")]
    [InlineData("en", "Prime Minister Jane Doe flew to Berlin on Monday.", "After meeting Angela Merkel, the Prime Minister said the talks had been \"constructive and warm\".", "Jane Doe")]
    [InlineData("fr", "Le préfet de l'Hérault, Jacques Morel, a réuni les maires mardi.", "Bien que Météo-France ait levé l'alerte, le préfet a jugé la situation « très préoccupante ».", "Jacques Morel")]
    public void Names_in_an_opening_subordinate_clause_are_no_subject(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void A_clause_inside_the_sentence_is_not_an_opening_one()
    {
        // "such as Michael Gaignard, whose sister …": "as" inside the sentence opens no clause before the main one.
        Assert.Equal("Michael Gaignard", Attribute("en", "Some family members agreed, such as Michael Gaignard, whose sister was on board the plane said, \"We want to know what happened in that plane.\"").Speaker);
    }
}
