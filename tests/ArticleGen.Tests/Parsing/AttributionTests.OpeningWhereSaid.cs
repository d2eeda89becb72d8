namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-first session on dev: "In a statement" opening the clause with no comma is where the words were
/// said, not part of the subject (the speaker had been "Afghanistan"); a nationality before a capitalised title after the
/// verb is part of the role (the speaker had been "French"); "Further" opening a sentence names no one; a time phrase after
/// "but" is no description.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void Where_the_words_were_said_opening_the_clause_is_no_part_of_the_subject()
    {
        Assert.Equal("the council of religious leaders for western Afghanistan", Attribute(
            "en", "In a statement the council of religious leaders for western Afghanistan said \"Once again the enemies of Islam have stained their hands with blood.\"").Speaker);
    }

    [Theory]
    [InlineData("\"Putin being here was very important, he worked very hard at it,\" said French IOC member and former ski champion Jean-Claude Killy.", "Jean-Claude Killy", "French IOC member and former ski champion")]
    // (Passes before too: the guard, the same words without the nationality.)
    [InlineData("\"Putin being here was very important, he worked very hard at it,\" said IOC member and former ski champion Jean-Claude Killy.", "Jean-Claude Killy", "IOC member and former ski champion")]
    public void A_nationality_before_a_title_after_the_verb_is_part_of_the_role(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }

    [Fact]
    public void Further_opening_a_sentence_names_no_one()
    {
        Assert.NotEqual("Further", Attribute("en", "The SCCRC refused to comment. Further it said: \"It is the strong view of the Scottish Government that due process will be followed.\"").Speaker);
    }

    [Fact]
    public void A_time_phrase_after_a_clause_boundary_describes_no_one()
    {
        // "at the same time" had been the speaker ("the same time"); the first clause's subject is not found, so none is given.
        Assert.NotEqual("the same time", Attribute("en", "Some officials deny it, but at the same time say that \"Hitler was right in exterminating Jews.\"").Speaker);
    }
}
