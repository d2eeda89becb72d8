namespace ArticleGenTests.Parsing;

/// <summary>
/// "challenge" speaks as "urge" does: "Chair of the inquiry, Helena Kennedy challenged politicians to "…"" is Kennedy's.
/// Found in the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The inquiry published its report on Monday.", "Chair of the inquiry, Helena Kennedy challenged politicians to \"rise above their party ranks\".", "Helena Kennedy")]
    public void Challenged_introduces_a_quote(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
