namespace ArticleGenTests.Parsing;

/// <summary>
/// "Brig.", "Adm.", "Cmdr." are ranks written before a name: their period ends no sentence, and they are dropped from the
/// name ("said Brig. Mansour al-Turki" gave "Brig"). Found in the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Saudi police have arrested 172 militants.", "\"They had the personnel, the money, the arms,\" said Brig. Mansour al-Turki, a Ministry of Interior spokesperson.", "Mansour al-Turki")]
    [InlineData("en", "The fleet sailed on Monday.", "\"We are ready,\" said Adm. James Stavridis.", "James Stavridis")]
    public void A_rank_with_its_period_is_dropped_from_the_name(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
