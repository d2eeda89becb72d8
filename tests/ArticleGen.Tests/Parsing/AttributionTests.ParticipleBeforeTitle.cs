namespace ArticleGenTests.Parsing;

/// <summary>
/// An adverb and a participle before a title after the verb ("said newly sworn-in FAA Administrator Michael P. Huerta")
/// describe the title: the person ending the chain speaks. Found in the twentieth session on a dev article.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We are confident that the aircraft is safe,\" said newly sworn-in FAA Administrator Michael P. Huerta.", "Michael P. Huerta", "newly sworn-in FAA Administrator")]
    [InlineData("\"We will look at every option,\" said recently appointed Finance Minister Tom Reid.", "Tom Reid", "recently appointed Finance Minister")]
    public void An_adverb_and_a_participle_before_a_title_describe_it(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }
}
