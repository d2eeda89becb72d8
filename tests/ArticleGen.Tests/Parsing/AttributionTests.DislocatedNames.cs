namespace ArticleGenTests.Parsing;

/// <summary>
/// "Quant à Jean Dupont, il dément. « … », assure-t-il", "As for Smith, he denied it. "…," he said": the name set apart
/// before the comma is whom the clause's pronoun stands for; the sentence, whose subject is a pronoun, was passed over and
/// no one found. Thirty-third session, from a battery of French news shapes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Quant à Jean Dupont, il dément. « C'est faux », assure-t-il.", "Jean Dupont")]
    [InlineData("fr", "Quant à Marie Martin, elle dément. « C'est faux », assure-t-elle.", "Marie Martin")]
    [InlineData("en", "As for Smith, he denied it. \"It is false,\" he said.", "Smith")]
    public void A_name_set_apart_before_its_pronoun_is_the_pronouns(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_name_set_apart_that_does_not_agree_is_not_taken()
    {
        // passes before too
        Assert.Null(Attribute("fr", "Quant à Jean Dupont, il dément. « C'est faux », assure-t-elle.").Speaker);
    }
}
