namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the fourteenth session on its new dev batches (read after they were scored unseen): a person called by
/// their given name alone after their full name, an office written in capitals before the name ("NASA Administrator"),
/// and a French pronoun opening a sentence ("Chacun") read as a name.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Thomas Sam and his wife Manju Sam are charged with manslaughter.", "\"I am not able to do that,\" Thomas said.", "Thomas Sam")]
    [InlineData("Thomas Sam and his wife Manju Sam are charged with manslaughter.", "Allegedly, Thomas' sister pleaded with him, but he replied \"I am not able to do that\".", "Thomas Sam")]
    public void A_given_name_alone_is_the_one_person_the_article_names_with_it(string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", before, paragraph).Speaker);
    }

    [Fact]
    public void A_given_name_that_opens_two_names_stays_as_written()
    {
        // (Passes before too.) Two Thomases: "Thomas" is neither.
        Assert.Equal("Thomas", Attribute(
            "en",
            "Thomas Sam and his neighbour Thomas Ward were both questioned.",
            "\"I am not able to do that,\" Thomas said.").Speaker);
    }

    [Theory]
    [InlineData("fr", "François Hollande a réuni les représentants des cultes.", "« Nous sommes unis dans la douleur », a déclaré le pape François.", "François")]
    [InlineData("en", "Charles Michel met the delegation.", "\"We are united,\" said King Charles.", "Charles")]
    public void A_given_name_after_a_title_is_a_name_of_its_own(string language, string before, string paragraph, string speaker)
    {
        // Found on the session's own final read: the given-name rule above read "le pape François" as François Hollande.
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void An_administrator_before_a_name_is_a_title()
    {
        Assert.Equal("Charles Bolden", Attribute("en", "\"It was a difficult decision,\" said NASA Administrator Charles Bolden.").Speaker);
    }

    [Fact]
    public void Chacun_opening_a_sentence_is_no_name()
    {
        // "Chacun" was indexed as a name and taken for the pronoun's antecedent.
        Assert.NotEqual("Chacun", Attribute(
            "fr",
            "Les six membres vivaient dans un dôme. Chacun avait des travaux à réaliser. Sur ce travail, elle affirma : « On a démontré que ça fonctionnait ».").Speaker);
    }

    [Theory]
    [InlineData("Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended the choice, saying, \"This was not a competitive bid process.\"", "Marvin Sambur")]
    [InlineData("Under Secretary of the Navy for Research Darleen Moss defended the choice, saying, \"This was not a competitive bid process.\"", "Darleen Moss")]
    public void A_title_complement_ends_where_a_given_name_opens_the_person(string paragraph, string speaker)
    {
        // Sixteenth session: the list of given names grew ("Marvin", "Darleen" …); the person after "for Acquisition" opens on one.
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    // Eighteenth session: more given names of one gender ("Joanne", "Faisal", "Odette"), so that a pronoun skips them.
    [InlineData("en", "Mark Ellison, the chief executive of SkyBridge, said on Thursday that fares would rise.", "The airline's finance director, Joanne Pike, told analysts that fuel costs had risen by a third. \"Passengers have had it very cheap for a very long time,\" he said.", "Mark Ellison")]
    [InlineData("en", "Ayesha Rahman opened the bakery in 2019.", "Her husband Faisal Rahman helped with the loan. \"And a very patient bank manager,\" she added.", "Ayesha Rahman")]
    // (The French line passed before too: "Sa veuve" shows the gender.)
    [InlineData("fr", "Jacques Marchal est mort en 1998.", "Sa veuve, Odette Marchal, a longtemps refusé de parler. « Je ne voulais pas qu'on me plaigne », a-t-elle confié.", "Odette Marchal")]
    public void A_pronoun_skips_a_name_of_the_other_gender_among_the_added_given_names(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
