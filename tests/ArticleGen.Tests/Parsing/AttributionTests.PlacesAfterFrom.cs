namespace ArticleGenTests.Parsing;

/// <summary>
/// A name after "from" that opens on no known given name ("arrivals from Amsterdam and Dublin") is a place, nobody "he" or
/// "she" can stand for, as one after "in" or "at" is: ""…," she said" after it went to "Dublin" (everyday-3 probe en-g019,
/// thirty-sixth session). "Jane Doe received a letter from John Smith" keeps its person.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void She_passes_over_places_after_from()
    {
        Assert.Equal("Karen Liddell", Attribute(
            "en",
            "Karen Liddell, chief executive of Norbury Airport, says new lighting will halve diversions. The airport lost 300 flights to fog, most of them arrivals from Amsterdam and Dublin. \"Fog has been the Achilles heel of this airport,\" she said.").Speaker);
    }

    [Fact]
    public void A_person_after_from_is_no_place()
    {
        // (Passes before too: a guard; the subject, Jane Doe, is found first.)
        Assert.Equal("Jane Doe", Attribute("en", "Jane Doe received a letter from John Smith. \"We were ignored,\" she said.").Speaker);
    }
}
