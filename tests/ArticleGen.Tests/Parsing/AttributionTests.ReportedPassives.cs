namespace ArticleGenTests.Parsing;

/// <summary>
/// A passive and its agent inside a clause that a speech verb reports, before a quote that opens with a verb, describe the
/// quote's subject: "Édouard Philippe a affirmé que les mesures annoncées par le président lundi « vont coûter … »" is
/// Philippe's; and a day after an agent is no part of it. Found in the fifteenth session on a new French dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Vers 22h, le Premier ministre Édouard Philippe a affirmé que les mesures annoncées par le président lundi « vont coûter de l'ordre de 10 milliards d'euros ».", "Édouard Philippe")]
    [InlineData("en", "Prime Minister Jane Smith said that the cuts announced by the president on Monday \"will cost about ten billion pounds\".", "Jane Smith")]
    public void A_passive_inside_a_reported_clause_describes_the_quotes_subject(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_day_after_an_agent_is_no_part_of_it()
    {
        Assert.Equal("les enquêteurs", Attribute("fr", "Le suspect, qualifié par les enquêteurs lundi d'« homme violent et dangereux », a été écroué.").Speaker);
    }
}
