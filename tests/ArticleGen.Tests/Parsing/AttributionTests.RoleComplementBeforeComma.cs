namespace ArticleGenTests.Parsing;

/// <summary>
/// After the verb, a chain of a role and its capitalised complement ending at a comma, then a full name ("said EU commissioner
/// for Home Affairs, Cecilia Malmström"), is that person's, the chain its role; a place whose second part owns the role is
/// not such a chain. Found in the twentieth session on its AMALGUM dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_role_and_its_complement_before_a_comma_and_a_name()
    {
        var (speaker, role) = Attribute("en", "\"The Commission also regrets that travellers were refused entry,\" said EU commissioner for Home Affairs, Cecilia Malmström.");
        Assert.Equal(("Cecilia Malmström", "EU commissioner for Home Affairs"), (speaker, role));
    }

    [Fact]
    public void A_place_that_owns_the_role_is_no_such_chain()
    {
        var speaker = Attribute("en", "\"Walter was the most brilliant scientist I have ever known,\" said University of California, San Diego's chancellor, Pradeep Khosla.").Speaker;
        Assert.Equal("Pradeep Khosla", speaker);
    }
}
