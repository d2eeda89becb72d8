namespace ArticleGenTests.Parsing;

/// <summary>
/// Organisations named again by a noun of their kind (twenty-eighth session, found on the second blind everyday probes):
/// with an English modifier before it ("The Village Pubs Association has warned …. "…," the campaign group said"), and by
/// the noun of no kind in particular ("Le syndicat Sud-Rail …. « … », dénonce l'organisation": the one organisation the
/// article gives a kind, whatever the kind). Both had given the description.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The Village Pubs Association has warned that one rural pub is closing every week. \"When the pub goes, the village loses its post office,\" the campaign group said.", "Village Pubs Association")]
    [InlineData("fr", "Le syndicat Sud-Rail appelle à la grève le 12 mars. « Les conducteurs enchaînent des journées de onze heures », dénonce l'organisation dans un communiqué.", "Sud-Rail")]
    public void A_noun_of_an_organisations_kind_names_it_again(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void The_noun_organisation_names_no_one_of_two()
    {
        // (Passes before too: the guard. A union and a company: "l'organisation" may be either.)
        Assert.Equal("l'organisation", Attribute("fr", "Le syndicat Sud-Rail et le groupe Transdev se sont opposés. « Nous ne lâcherons rien », dénonce l'organisation.").Speaker);
    }
}
