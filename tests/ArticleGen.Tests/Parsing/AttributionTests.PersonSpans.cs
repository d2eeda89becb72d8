namespace ArticleGenTests.Parsing;

/// <summary>
/// Which words of a sentence are the person: titles, offices and the phrases around a name. Found on the
/// dev articles moved from held-out in the sixth session, each rule checked on sentences of its own.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le ministre de la Défense Antoni Macierewicz était présent. « Nous avons attendu », a-t-il dit.", "Antoni Macierewicz")]
    [InlineData("en", "The Secretary of the Army Christine Wormuth was there. \"We waited,\" she said.", "Christine Wormuth")]
    [InlineData("fr", "Le président de l’Association des élus locaux, Jean Dupont, a pris la défense du maire. Pour lui, « rien n’est prouvé ».", "Jean Dupont")] // passes before too: a guard, the office's place stays no person
    public void An_office_whose_place_keeps_its_article_still_ends_on_the_person(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "« Tout change », explique le Professeur Mark Sullivan. Ses collègues l’ont suivi : « Nous cherchons encore », conclut-il.", "Mark Sullivan")]
    [InlineData("en", "\"It changes everything,\" said lead author Dr David Livermore of the University of East Anglia.", "David Livermore")]
    [InlineData("en", "\"It changes everything,\" said study co-author Professor Carl Lipo of Binghamton University.", "Carl Lipo")] // passes before too: "Professor" was read as a name
    public void A_title_between_an_article_or_a_description_and_the_name_keeps_the_name(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
