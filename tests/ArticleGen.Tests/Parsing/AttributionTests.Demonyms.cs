namespace ArticleGenTests.Parsing;

/// <summary>
/// A noun of nationality alone after "the"/"le"/"la" ("The Portuguese added", "a ajouté le Portugais") stands, as a pronoun
/// does, for the person the sentences before are about. Found in the eighteenth session on a new dev batch: the speaker was
/// the word "Portuguese".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "United's manager José Mourinho said, \"I congratulate them but I don't think they deserved to win\". The Portuguese added, \"Every defeat hurts, but for me the ones that hurt less are when you give everything.\"", "José Mourinho")]
    [InlineData("en", "Rafael Nadal won in four sets on Sunday. \"It was a very hard match for me,\" the Spaniard said.", "Rafael Nadal")]
    [InlineData("fr", "L'entraîneur José Mourinho a salué la victoire de Chelsea. « Chaque défaite fait mal », a ajouté le Portugais.", "José Mourinho")]
    public void A_noun_of_nationality_alone_stands_for_the_person_named_before(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_noun_of_nationality_before_a_noun_is_no_person()
    {
        // (Passes before too: the guard. "the Chinese embassy" is a body, not the minister named before.)
        Assert.NotEqual("Alan Dunmore", Attribute("en", "Foreign Secretary Alan Dunmore met the ambassador on Monday.", "\"China firmly opposes any form of official interaction,\" said the Chinese embassy in London.").Speaker);
    }

    [Fact]
    public void A_noun_of_nationality_with_no_one_named_before_stays_as_written()
    {
        // (Passes before too.) No full name before it: nothing to stand for.
        Assert.Equal("Chinese", Attribute("en", "The two sides met in Geneva on Monday. \"We will not accept these terms,\" the Chinese said.").Speaker);
    }
}
