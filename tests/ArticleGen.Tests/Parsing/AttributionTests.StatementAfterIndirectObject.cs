namespace ArticleGenTests.Parsing;

/// <summary>
/// "le préfet a adressé au journal …, un communiqué réclamant « … »": a statement after a comma that closes the verb's
/// indirect object is still the subject's (thirtieth session, a dev error: the place of the opening phrase spoke).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("En Loir-et-Cher, le préfet a adressé au journal La Nouvelle République, un communiqué réclamant la fin de « l’occupation du domaine public » par les manifestants.", "le préfet")]
    [InlineData("À Rennes, la mairie a envoyé aux habitants, une lettre dénonçant « une décision brutale et injuste » de l'État.", "la mairie")]
    [InlineData("En Loir-et-Cher, le préfet a adressé un communiqué réclamant la fin de « l’occupation du domaine public » par les manifestants.", "le préfet")] // passes before too: no comma
    public void A_statement_after_the_indirect_object_is_the_subjects(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
