namespace ArticleGenTests.Parsing;

/// <summary>
/// After "the", a day's name before a capitalised word opens a newspaper's title ("the Sunday Telegraph claimed"); a day
/// alone stays a time. Found in the twentieth session on a dev article.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("On February 12, 2006, the Sunday Telegraph claimed that strategists are \"drawing up plans for bombing raids\" as a last resort.", "Sunday Telegraph")]
    [InlineData("The Sunday Times reported that the minister had \"no intention of resigning over the affair\".", "Sunday Times")]
    public void A_day_after_the_opens_a_newspapers_title(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_day_alone_is_still_a_time()
    {
        Assert.Equal("John Smith", Attribute("en", "On the Sunday John Smith said: \"We will be back next year, stronger than ever.\"").Speaker);
    }
}
