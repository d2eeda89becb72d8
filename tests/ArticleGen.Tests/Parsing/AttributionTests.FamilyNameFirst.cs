namespace ArticleGenTests.Parsing;

/// <summary>
/// A Chinese or Korean family name is written first: a later "Zhang said" names "Zhang Qisheng". And an owner ("China's")
/// is no sentence subject, even before a word that can be a speech verb ("China's reported figures"). Found in the
/// twentieth session on a dev article.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The visit by a senior Chinese defense official, Lt. Gen. Zhang Qisheng, ended.", "\"We will be back to talk about the budget,\" Zhang said.", "Zhang Qisheng")]
    [InlineData("South Korea's president, Park Geun-hye, spoke on Monday.", "\"The country will not give in to threats,\" Park said.", "Park Geun-hye")]
    public void A_family_name_written_first_names_the_full_name(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Fact]
    public void A_word_that_is_no_family_name_does_not_take_the_first_word()
    {
        Assert.Equal("China", Attribute("en", "China Daily ran the story.", "\"The figures are authentic,\" China said.").Speaker);
    }

    [Fact]
    public void An_owner_before_a_speech_verb_is_no_antecedent()
    {
        var speaker = Attribute(
            "en",
            "A visit by a senior official, John Smith.",
            "Smith defended China's reported defense-spending figures.",
            "\"In China, defense budgeting must follow a set of highly strict legal procedures,\" he said.").Speaker;
        Assert.Equal("John Smith", speaker);
    }
}
