namespace ArticleGenTests.Parsing;

/// <summary>
/// A parenthesis inside the subject's apposition is skipped whole up to fifteen words ("membre de l'Ocha (le Bureau pour la
/// coordination des affaires humanitaires de l'ONU)"); a longer one still closes the clause. And an elision right before a
/// quote mark ("a déclaré qu'« … »") is one word, never a name "qu". Found in the eighteenth session on dev.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_long_parenthesis_in_the_apposition_is_skipped()
    {
        Assert.Equal("Eugene Owusu", Attribute(
            "fr",
            "Eugene Owusu, membre de l'Ocha (le Bureau pour la coordination des affaires humanitaires de l'ONU), faisant part de son indignation face à des meurtres « odieux », a ainsi déclaré qu'« au moment où les besoins ont atteint un niveau sans précédent, il est inacceptable que ceux qui aident soient attaqués »."
            ).Speaker);
    }

    [Fact]
    public void An_elision_before_a_quote_mark_is_one_word()
    {
        var tokens = ArticleGen.Parsing.Attribution.Token.Split("a ainsi déclaré qu'« au moment", 0, 28);
        Assert.Contains(tokens, t => t.Text == "qu'");
        Assert.DoesNotContain(tokens, t => t.Text == "qu");
    }
}
