namespace ArticleGenTests.Parsing;

/// <summary>
/// Relatives who testify, described only (twenty-eighth session, found on the second blind everyday probes): "The victim's
/// sister said …. "…," she said" (the owner "victim's" had made the description plural, so "she" found no one), and "La
/// sœur de l'accusé est venue témoigner. « … », a-t-elle déclaré" (the noun "accusé", a form of "accuser", had been read as
/// the verb and cut the description; "venir" before a speech verb's infinitive was not read as speaking).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The victim's sister said her brother had changed. \"He was never violent,\" she said.", "The victim's sister")]
    [InlineData("en", "The residents' spokesman spoke on Tuesday. \"We were never consulted,\" he said.", "The residents' spokesman")] // passes before too
    public void An_owner_before_the_noun_leaves_the_description_singular(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "La sœur de l'accusé est venue témoigner. « Mon frère n'a jamais été violent », a-t-elle déclaré.", "La sœur de l'accusé")]
    [InlineData("fr", "Le frère de la victime vient témoigner. « Ma sœur n'a jamais été violente », dit-il.", "Le frère de la victime")]
    public void A_french_description_that_came_to_testify_is_the_pronouns(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
