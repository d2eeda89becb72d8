namespace ArticleGenTests.Parsing;

/// <summary>
/// A short family name written first ("Xi Jinping", "Kim Jong-un", "Yayi Boni"), used alone later ("President Xi said",
/// "Mr Kim"), is that person: the name index looked a lone word up by last word, or by a common given name. Only after a
/// title: untitled, "China said" after "China Daily" would name the paper. Found in the eighteenth session on dev
/// ("President Yayi said …. "…"", which the sentence-opener rule reads without its title: still missed); since the
/// twentieth, a common Chinese or Korean family name needs no title.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Chinese President Xi Jinping arrived in Paris on Monday.", "\"We want a fair deal for both countries,\" President Xi said.", "Xi Jinping")]
    [InlineData("en", "North Korean leader Kim Jong-un met the delegation.", "\"We want peace,\" Mr Kim said.", "Kim Jong-un")]
    [InlineData("fr", "Le président chinois Xi Jinping est arrivé lundi à Paris.", "« Nous voulons un accord équitable », a déclaré le président Xi.", "Xi Jinping")]
    [InlineData("en", "President George W. Bush met President Yayi Boni of Benin.", "\"He shared his vision with us,\" President Yayi said.", "Yayi Boni")]
    public void A_family_name_written_first_alone_is_the_person(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    /// <summary>
    /// Twentieth session: a common Chinese or Korean family name (<c>WordLists.FamilyNamesWrittenFirst</c>) is found by that
    /// word untitled too ("Zhang said" after "Lt. Gen. Zhang Qisheng"); other lone words still need a title (below).
    /// </summary>
    [Theory]
    [InlineData("The visit by a senior Chinese defense official, Lt. Gen. Zhang Qisheng, ended.", "\"We will be back to talk about the budget,\" Zhang said.", "Zhang Qisheng")]
    [InlineData("South Korea's president, Park Geun-hye, spoke on Monday.", "\"The country will not give in to threats,\" Park said.", "Park Geun-hye")]
    public void A_known_family_name_alone_is_the_person_untitled_too(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }

    [Fact]
    public void An_untitled_word_is_not_read_as_a_family_name()
    {
        // (Passes before too: the guard.) "China" is the country, not "China Daily".
        Assert.Equal("China", Attribute("en", "China Daily reported the talks on Monday.", "\"We will respond firmly,\" China said.").Speaker);
    }

    [Fact]
    public void An_organisation_is_not_named_by_its_first_word()
    {
        // (Passes before too: the guard.) "GitHub Trust" is an organisation: "GitHub" stays GitHub.
        Assert.Equal("GitHub", Attribute("en", "The GitHub Trust team reviewed the request.", "\"We take these claims seriously,\" GitHub said.").Speaker);
    }
}
