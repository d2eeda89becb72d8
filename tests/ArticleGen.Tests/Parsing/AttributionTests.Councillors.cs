namespace ArticleGenTests.Parsing;

/// <summary>
/// "Cllr", the British abbreviation for a councillor, is a title dropped from the name, as "Insp" and "Supt" are (twenty-
/// eighth session, from a snippet: "Cllr Ann Webb" had been given whole).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The council's leader, Cllr Ann Webb, said the decision was \"regrettable\". \"We had no choice,\" she added.", "Ann Webb")]
    [InlineData("en", "\"We had no choice,\" said Cllr Ann Webb.", "Ann Webb")] // passes before too
    public void Cllr_is_a_title(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
