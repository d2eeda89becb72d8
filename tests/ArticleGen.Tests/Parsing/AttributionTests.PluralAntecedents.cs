namespace ArticleGenTests.Parsing;

/// <summary>
/// "They" stands for a plural subject that opening phrases of time or place come before, without the adverb before its verb;
/// and a video's time code ("4'24":) is no quote mark when the sentences before a pronoun are found. Found in the twenty-first
/// session on a Global Voices dev post (the speaker had been none).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Two years ago, on a rainy day, the residents of Orchid Island angrily gathered in front of the storage facility. They shouted their slogan loudly, \"I love Orchid Island, and I do not want nuclear waste.\"")]
    [InlineData("The residents of Orchid Island angrily gathered in front of the storage facility. They shouted their slogan loudly, \"I love Orchid Island, and I do not want nuclear waste.\"")]
    [InlineData("4'24\": On February 20, 1988, people protested against the facility. Twenty four years ago, on a rainy day, the residents of Orchid Island angrily gathered in front of the storage facility. They shouted their slogan loudly, \"I love Orchid Island, and I do not want nuclear waste.\"")]
    public void They_stands_for_the_plural_subject_after_opening_phrases(string paragraph)
    {
        Assert.Equal("the residents of Orchid Island", Attribute("en", paragraph).Speaker, ignoreCase: true);
    }
}
