namespace ArticleGenTests.Parsing;

/// <summary>
/// French incises read as the plain ones are: an inverted pronoun before a speech verb's periphrasis ("a-t-il fait savoir",
/// "a-t-elle tenu à préciser", "tient-il à préciser", "a-t-il voulu rappeler"; "a-t-il fait" had been read as a description),
/// a compound preposition's complement passed over ("a souligné auprès de l'AFP le porte-parole …" gave "AFP"), and an aside
/// whose nouns an elided "d'" links ("assure, sous couvert d'anonymat, un haut fonctionnaire" gave "anonymat"). Found in the
/// thirty-fourth session by a battery of French incises.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Jean Dupont a démissionné lundi. « C'est fini », a-t-il fait savoir.", "Jean Dupont")]
    [InlineData("Marie Martin a démissionné lundi. « C'est fini », a-t-elle tenu à préciser.", "Marie Martin")] // passes before too
    [InlineData("Jean Dupont a démissionné lundi. « C'est fini », tient-il à préciser.", "Jean Dupont")] // passes before too
    [InlineData("Jean Dupont a démissionné lundi. « C'est fini », a-t-il voulu rappeler.", "Jean Dupont")]
    [InlineData("« C'est fini », a souligné auprès de l'AFP le porte-parole du gouvernement, Jean Dupont.", "Jean Dupont")]
    [InlineData("« C'est fini », assure, sous couvert d'anonymat, un haut fonctionnaire.", "un haut fonctionnaire")]
    [InlineData("« C'est fini », a confié auprès du Parisien Jean Dupont.", "Jean Dupont")] // passes before too
    [InlineData("Jean Dupont a démissionné lundi. « C'est fini », a-t-il expliqué.", "Jean Dupont")] // passes before too
    public void A_French_incise_with_a_periphrasis_or_an_aside_names_its_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
