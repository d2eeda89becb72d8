namespace ArticleGenTests.Parsing;

/// <summary>
/// A pronoun's antecedent is the name whose speech verb follows it; that name may itself be the apposition of a description,
/// its verb right after the closing comma ("The head of the African Union, Ghana's President John Kufuor, said Africa has
/// …"). Found in the eighteenth session on a new dev batch: "he" went to "Africa", the subject of the reported clause.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("On governance, the head of the African Union, Ghana's President John Kufuor, said Africa has an interest in good governance.")]
    [InlineData("The head of the African Union, John Kufuor, said Africa has an interest in good governance.")]
    public void A_name_in_apposition_before_its_speech_verb_is_the_antecedent(string before)
    {
        Assert.Equal("John Kufuor", Attribute("en", before, "\"Transparency is the order of the day,\" he said.").Speaker);
    }

    [Fact]
    public void A_place_before_an_inverted_speech_verb_is_no_antecedent()
    {
        // (Passes before too: the guard. "In Paris, said …": no comma opens an apposition before the place.)
        Assert.Equal("John Kufuor", Attribute("en", "In Paris, said the spokesman, John Kufuor met the president.", "\"Transparency is the order of the day,\" he said.").Speaker);
    }
}
