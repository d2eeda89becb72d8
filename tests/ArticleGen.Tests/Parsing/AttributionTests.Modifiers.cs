namespace ArticleGenTests.Parsing;

/// <summary>
/// Capitalised words that are no speaker's name: a modifier inside an English description ("the former England
/// captain"), a place after "in" ("the Chinese embassy in London"), the title "garde des Sceaux", and the
/// lower-case rest of a French organisation's name ("le Rassemblement national"). Found in the ninth session on
/// agency-style probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"United have no team,\" said the former England captain.", "the former England captain")]
    [InlineData("\"United have no team,\" the former England captain said.", "the former England captain")]
    [InlineData("The Obama administration said \"we are ready for this\".", "The Obama administration")] // passes before too
    [InlineData("\"China firmly opposes it,\" the Chinese embassy in London said in a statement.", "the Chinese embassy in London")]
    public void A_capitalised_modifier_inside_an_English_description_leaves_the_description_speaking(string paragraph, string speaker)
    {
        Assert.Equal((speaker, null), Attribute("en", "Hello there. " + paragraph));
    }

    [Theory]
    [InlineData("\"We are ready,\" said the Labour MP Jo Cox.", "Jo Cox", "Labour MP")] // passes before too: the name after the description speaks
    [InlineData("\"We are ready,\" Amnesty International in London said.", "Amnesty International", null)] // passes before too: a name before "in" speaks
    public void A_name_after_or_before_the_modifier_still_speaks(string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute("en", "Hello there. " + paragraph));
    }

    [Theory]
    [InlineData("« Le gouvernement capitule », a fustigé le Rassemblement national dans un communiqué.", "Rassemblement national", null)]
    [InlineData("« Une peine non exécutée est une injustice », a déclaré l'ancien garde des Sceaux Dominique Perrin.", "Dominique Perrin", "ancien garde des Sceaux")]
    public void French_institution_names_and_titles_keep_their_words(string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute("fr", "Le matin. " + paragraph));
    }

    [Theory]
    [InlineData("« Je n'ai aucune leçon à recevoir », a rétorqué l'ex-ministre mardi lors de la présentation.", "l'ex-ministre")]
    [InlineData("« Je ne voulais pas qu'on me plaigne », explique aujourd'hui la porte-parole, qui a gardé le silence.", "la porte-parole")]
    public void A_time_word_around_an_inverted_description_is_no_part_of_it(string paragraph, string speaker)
    {
        // ("aujourd'hui" was listed with a curly apostrophe only; a day after the noun ran into the description.)
        Assert.Equal(speaker, Attribute("fr", "Le matin. " + paragraph).Speaker);
    }
}
