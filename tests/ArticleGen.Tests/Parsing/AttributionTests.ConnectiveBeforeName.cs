namespace ArticleGenTests.Parsing;

/// <summary>
/// "But Derek Hammond, chairman of the Clarendon Street residents' group, said …. "…," he said": a connective, then a name,
/// opens no phrase that ends at the comma; the name is the subject (twenty-eighth session; the words up to the comma had been
/// cut and "he" went to a word of the apposition or the sentence before, found on the third blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Plans were backed by councillors on Wednesday. But Derek Hammond, chairman of the Clarendon Street residents' group, said nobody had consulted neighbours.", "\"Not a single door was knocked on,\" he said.", "Derek Hammond")]
    [InlineData("fr", "Le projet a été adopté mercredi. Mais Paul Girard, président de l'association des riverains, a dénoncé l'absence de concertation.", "« Personne n'est venu frapper à notre porte », a-t-il déploré.", "Paul Girard")]
    public void A_connective_then_a_name_opens_no_phrase(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
