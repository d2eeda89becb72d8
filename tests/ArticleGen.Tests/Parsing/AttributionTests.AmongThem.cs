namespace ArticleGenTests.Parsing;

/// <summary>
/// "Among them was Dr Siobhan Kehoe, a consultant in Galway. "…," she said": the clause is inverted, its subject the name
/// after "was" (twenty-eighth session; "them" had been read as the subject, and the words up to the comma as an opening
/// phrase, so "she" found no one, found on the second blind everyday probes). And "confide" speaks, as French "confier"
/// does ("…," he confides).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "More than 200 doctors signed the letter. Among them was Dr Siobhan Kehoe, a consultant in Galway.", "\"We are treating patients on trolleys,\" she said.", "Siobhan Kehoe")]
    [InlineData("en", "Several residents spoke at the meeting. Among them was Tom Price.", "\"Nobody asked us,\" he said.", "Tom Price")]
    // Thirty-fifth session: a longer phrase before "was" ("Among the first to cross was …") inverts the clause too; only
    // "Among them was" did. (The second passed before too, by another reading: a guard.)
    [InlineData("en", "The new bridge opened on Monday. Among the first to cross was Margaret Flett, 82.", "\"I never thought I'd see this day,\" she said.", "Margaret Flett")]
    [InlineData("en", "Three people were injured. Among those taken to hospital was a teenager, Tom Hale.", "\"It was terrifying,\" he said.", "Tom Hale")]
    public void Among_them_was_names_the_subject(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void Confide_is_a_speech_verb()
    {
        Assert.Equal("Samir Haddad", Attribute("en", "\"I learned the city by getting lost in it,\" confides Samir Haddad, a taxi driver.").Speaker);
    }
}
