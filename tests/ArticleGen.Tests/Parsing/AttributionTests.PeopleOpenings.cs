namespace ArticleGenTests.Parsing;

/// <summary>
/// A clause that opens on a capitalised plural noun of people or on a count ("Residents of the town said", "Eighty
/// members of … Parliament sent a letter …, appealing") is described, not named: the capital is the sentence's. And a
/// title's "Former" is no name, so a pronoun finds the person whose name ran into the complement before it. Found in the
/// twenty-first session on dev, where the speakers were "Eighty" and "Former" (the other sentences here were written to
/// try the rule: "Residents", "Members" and "Hundreds" had been given alone).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Residents of the town said the government should \"show compassion and allow him a safe haven.\"", "Residents of the town")]
    [InlineData("Residents of Aleppo said the government should \"show compassion and allow him a safe haven.\"", "Residents of Aleppo")]
    [InlineData("Members of the upper house of Parliament said the government should \"show compassion and allow him a safe haven.\"", "Members of the upper house of Parliament")]
    [InlineData("Hundreds of protesters chanted \"we want our jobs back right now.\"", "Hundreds of protesters")]
    [InlineData("Twenty-five lawmakers said the government should \"show compassion and allow him a safe haven.\"", "Twenty-five lawmakers")]
    [InlineData("Eighty members of Britain's upper house of Parliament sent a letter to Jacqui Smith, appealing to the government to \"show compassion and allow Mr. Kazemi to have a safe haven.\"", "Eighty members of Britain's upper house of Parliament")]
    public void A_plural_noun_of_people_or_a_count_opening_the_clause_describes_the_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    // (Both passed before too: the guards. A count already known, and a capitalised complement that keeps the name whole.)
    [InlineData("Three analysts said the government should \"show compassion and allow him a safe haven.\"", "Three analysts")]
    [InlineData("Residents Against Racism said the government should \"show compassion and allow him a safe haven.\"", "Residents Against Racism")]
    public void A_count_known_before_and_a_name_that_opens_on_a_plural_noun_stay_as_they_were(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_pronoun_finds_the_person_whose_name_ran_into_the_complement_of_a_former_title()
    {
        Assert.Equal("Hussein Rashid Mohammed", Attribute(
            "en",
            "Former defense minister Sultan Hashim Ahmad al-Tal was also sentenced to death.",
            "Former deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was the third to be sentenced to death, for allegations against the Kurds. He interrupted the judge during the reading of the verdict. He is reported to have said \"God bless our martyrs. Long live the brave Iraqi army,\".").Speaker);
    }
}
