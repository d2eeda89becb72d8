namespace ArticleGenTests.Parsing;

/// <summary>
/// "Mbappé, lui, reste prudent. « … »": a lone name ending like a French participle ("Mbappé", "René", "Renée") before a
/// pronoun between commas is the sentence's subject, stressed, not an opening participle ("Interrogé, il a répondu"), so the
/// quote after the sentence is that person's. Before, the name was read as a participle and the quote went on from the coach
/// who had spoken about him. Found in the thirty-fifth session by a battery of quotes among several people.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Mbappé, lui, reste prudent. « Je me sens bien, mais on verra. »", "Kylian Mbappé")]
    [InlineData("Mbappé, lui, reste prudent : « Je me sens bien, mais on verra. »", "Kylian Mbappé")]
    public void A_name_stressed_by_a_pronoun_opens_the_sentence(string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", "L'entraîneur Didier Deschamps a parlé de Kylian Mbappé. « Il est prêt », a-t-il dit.", second).Speaker);
    }

    [Fact]
    public void An_opening_participle_before_its_subject_stays_no_name() // passes before too: a guard
    {
        Assert.Equal("Didier Deschamps", Attribute("fr", "L'entraîneur Didier Deschamps a parlé de Kylian Mbappé.",
            "Interrogé, il a répondu : « Il est prêt. Il jouera samedi. »").Speaker);
    }
}
