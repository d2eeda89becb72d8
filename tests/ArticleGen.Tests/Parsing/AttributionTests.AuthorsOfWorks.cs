namespace ArticleGenTests.Parsing;

/// <summary>
/// "Publiée en janvier, la vidéo de Khaled Freak n'est restée que faiblement visionnée …. « … », dit-il": a person named as the
/// author of a work or a channel ("la vidéo de", "le site internet de", "the blog of") is whom a later "il" or "he" stands for when
/// the sentence names no one else; names in other complements stay out ("the wife of Peter Jones … she said") (thirty-first session).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Bernard Cazeneuve a répondu : « Vous avez raison. »", "Publiée en janvier, la vidéo de Khaled Freak n'est restée que faiblement visionnée jusqu'à ce qu'un site la relaye. « J'ai reçu beaucoup d'encouragements », dit-il.", "Khaled Freak")]
    [InlineData("en", "John Smith said: \"No.\"", "The video of Peter Jones was seen by few until a rap site shared it in February. \"I got a lot of encouragement,\" he said.", "Peter Jones")]
    public void A_pronoun_stands_for_the_author_of_a_work(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void Not_a_name_in_another_complement()
    {
        // (Passes before too: it guards the noun list.)
        Assert.NotEqual("Peter Jones", Attribute("en", "John Smith said: \"No.\"", "The wife of Peter Jones was seen at the trial. \"I got a lot of encouragement,\" she said.").Speaker);
    }
}
