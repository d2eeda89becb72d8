namespace ArticleGenTests.Parsing;

/// <summary>
/// A sentence that opens, past a time or place phrase, on a role noun and a person, "Samedi soir, l'entraîneur Frédéric Mallet a
/// été clair. « … »", "After the defeat, coach Frank Mallet was blunt. "…"", names the person the quote after it goes on from,
/// as "Le cycliste Théo Massart n'en revenait pas" did (twenty-seventh session; the elided "l'" and the role with no
/// determiner after a comma were not read, found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Samedi soir, l'entraîneur Frédéric Mallet a été clair. « Je ne cherche pas d'excuses. »", "Frédéric Mallet")]
    [InlineData("fr", "Après la troisième défaite consécutive du club, samedi à domicile, l'entraîneur Frédéric Mallet a été clair devant les journalistes. « Je ne cherche pas d'excuses. »", "Frédéric Mallet")]
    [InlineData("en", "After the defeat on Saturday, coach Frank Mallet was blunt with reporters. \"I'm not looking for excuses.\"", "Frank Mallet")]
    [InlineData("fr", "Le cycliste Théo Massart n'en revenait pas. « C'est incroyable. »", "Théo Massart")]
    public void A_role_and_a_name_after_an_opening_phrase_open_the_sentence(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }
}
