namespace ArticleGenTests.Parsing;

/// <summary>
/// A form of address glued to the name by its period ("Mr.Bush", as scraped text sometimes has it) is dropped as "Mr. Bush"
/// is, and the surname resolves to the full name. Found in the eighteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "President George Bush ended his tour on Monday.", "In a final message before ending the tour Mr.Bush said \"If they wonder whether the American president means it, he actually means it.\"", "George Bush")]
    [InlineData("fr", "La candidate Ségolène Royal a tenu meeting à Lille.", "« Nous irons jusqu'au bout », a déclaré Mme.Royal.", "Ségolène Royal")]
    public void A_form_of_address_glued_to_the_name_is_dropped(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
