namespace ArticleGenTests.Parsing;

/// <summary>
/// "Netizen Li Wei commented on Weibo:", "Commenter Jane Roe wrote:": a capitalised "Netizen" or "Commenter" before a name is
/// what the person is, no part of the name (Global Voices writes it). Thirty-third session, from a battery of blog-style shapes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Netizen Li Wei commented on Weibo: \"The censors have won.\"", "Li Wei")]
    [InlineData("Commenter Jane Roe wrote: \"The censors have won.\"", "Jane Roe")] // passes before too: a trade's "-er" before a known given name
    [InlineData("Blogger Ahmed Naji wrote on his blog: \"The censors have won.\"", "Ahmed Naji")] // passes before too
    public void A_netizen_or_commenter_before_a_name_is_no_part_of_it(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
