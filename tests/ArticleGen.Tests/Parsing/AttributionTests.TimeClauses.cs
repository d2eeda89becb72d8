namespace ArticleGenTests.Parsing;

/// <summary>
/// "This comes just four hours after Olmert said that "…"": a clause that "after", "before", "since" or "until" opens inside
/// the sentence has a subject of its own, who speaks. Found in the eighteenth session on a new dev batch: the speaker was
/// the whole "This comes just four hours after Olmert".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Despite the ceasefire, Hamas continues to fire rockets. This comes just four hours after Olmert said that \"the factories in which its missiles were manufactured have been destroyed\".", "Olmert")]
    [InlineData("The attack came hours after Ehud Olmert said that \"the factories in which its missiles were manufactured have been destroyed\".", "Ehud Olmert")]
    [InlineData("The strike began a day before the minister announced that \"the factories will be closed for good\".", "the minister")]
    public void A_time_clause_inside_the_sentence_has_its_own_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    // (Pass before too: the guards.) A preposition before no speech verb, and an opening phrase.
    [InlineData("Wendy Parmet said naming the virus after Wuhan would place \"tremendous stigmatization on the people of Wuhan.\"", "Wendy Parmet")]
    [InlineData("After the meeting, the minister Jane Roe said that \"the factories will be closed for good\".", "Jane Roe")]
    public void After_as_a_preposition_or_an_opening_leaves_the_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
