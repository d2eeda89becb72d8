namespace ArticleGenTests.Parsing;

/// <summary>
/// A name's suffix keeps its period ("Edward B. MacMahon Jr."), as initials do. Found in the eighteenth session on a new dev
/// batch: the speaker was "Edward B. MacMahon Jr".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Edward B. MacMahon Jr., a Virginia attorney for Sterling, said, \"He has always maintained his innocence.\"", "Edward B. MacMahon Jr.")]
    [InlineData("\"He has always maintained his innocence,\" said Edward B. MacMahon Jr., a lawyer.", "Edward B. MacMahon Jr.")]
    public void A_names_suffix_keeps_its_period(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
