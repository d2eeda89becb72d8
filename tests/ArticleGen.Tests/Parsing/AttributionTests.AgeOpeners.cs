namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote with no cue after a sentence that opens on a description by age, "The 78-year-old waited nine hours …", is the
/// person that description refers back to, as after "She waited nine hours …" (twenty-seventh session; no speaker was given,
/// found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Margaret Hollis is still angry. The 78-year-old waited nine hours on a trolley in a corridor last month.", "\"Nobody was unkind, but nobody had time for me either.\"", "Margaret Hollis")]
    [InlineData("en", "For Daniel Osei, Saturday's marathon was about more than a finishing time. The 41-year-old ran in memory of his brother.", "\"Every mile I was thinking about him.\"", "Daniel Osei")]
    public void A_quote_after_a_paragraph_ending_on_an_age_description_is_that_persons(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void A_quote_after_a_sentence_opening_on_an_age_description_past_a_participle_is_that_persons()
    {
        Assert.Equal("Gaëtan Morel", Attribute(
            "fr",
            "Au bout du fil, le skieur alpin Gaëtan Morel garde le moral. Blessé au genou en décembre, le Savoyard de 24 ans sera absent jusqu'à la fin de la saison. « La rééducation sera longue, mais je veux être sur les skis l'été prochain. »").Speaker);
    }
}
