namespace ArticleGenTests.Parsing;

/// <summary>
/// A name, then an office after its owner's possessive between commas, then the verb ("Charles Michel, Belgium's Prime
/// Minister, described …"): the name speaks, not the office read as a name. Found in the nineteenth session on a new dev
/// batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Bombs hit Brussels.", "Charles Michel, Belgium's Prime Minister, described the attacks as \"blind, violent and cowardly\".", "Charles Michel")]
    [InlineData("en", "Bombs hit Brussels.", "Charles Michel, Belgium's Prime Minister, said: \"This is a dark moment for our country.\"", "Charles Michel")]
    [InlineData("en", "Bombs hit Brussels.", "Charles Michel, the Belgian Prime Minister, said: \"This is a dark moment for our country.\"", "Charles Michel")]
    public void A_name_before_an_office_with_its_owner_speaks(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
