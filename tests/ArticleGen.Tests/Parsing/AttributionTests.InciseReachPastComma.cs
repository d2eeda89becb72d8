namespace ArticleGenTests.Parsing;

/// <summary>
/// Past the first comma after the quote, with no verb before it, the incise gets its own reach: ""…," lead author Dr Farah
/// Siddiqui, of the University of Bristol, told a radio interviewer" put "told" beyond the twelve words read after the quote
/// and gave no one (agency-unseen probe en-037, thirty-sixth session).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void An_incise_verb_after_an_affiliation_between_commas_is_found()
    {
        Assert.Equal("Farah Siddiqui", Attribute("en", "\"The effect was far larger than we expected,\" lead author Dr Farah Siddiqui, of the University of Bristol, told a radio interviewer.").Speaker);
    }

    [Fact]
    public void A_later_clause_after_a_partial_quote_is_no_incise()
    {
        // (Passes before too: a guard; "residents said" belongs to a relative clause of its own.)
        Assert.Equal("The mayor", Attribute("en", "The mayor called it \"a disgrace\", a word that angered many in the town, where residents said they felt ignored.").Speaker);
    }
}
