namespace ArticleGenTests.Parsing;

/// <summary>
/// "supported by Uri Geller, a friend of both Jackson and Mark Lester, who said "…"": a relative after an apposition that an
/// English article opens speaks for the apposed name, not for a name in the apposition's complement (thirtieth session, a dev
/// error).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("His claim is supported by Uri Geller, a friend of both Jackson and Mark Lester, who said \"I am not surprised, I knew it all along.\"", "Uri Geller", "friend of both Jackson and Mark Lester")]
    [InlineData("The plan was backed by Uri Geller, a friend of the family, who said \"I am not surprised, I knew it all along.\"", "Uri Geller", "friend of the family")]
    [InlineData("Uri Geller, a friend of both Jackson and Mark Lester, said \"I am not surprised, I knew it all along.\"", "Uri Geller", null)] // passes before too: no relative
    public void A_relative_after_an_apposition_speaks_for_the_apposed_name(string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }
}
