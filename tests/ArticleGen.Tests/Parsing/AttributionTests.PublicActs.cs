namespace ArticleGenTests.Parsing;

/// <summary>
/// "le ministère des finances a proposé une taxe. Dans un communiqué, il a indiqué « … »": a description whose verb is a public
/// act after an auxiliary (proposed, published, adopted) is whom the next sentence's pronoun stands for, as a speech verb's
/// subject is (thirtieth session, a dev error: the minister named before spoke).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Le ministre Sándor Pintér a présenté le texte. Le ministère des finances a proposé une taxe de 25 %. Dans un communiqué, il a indiqué que « la défense contre l'immigration illégale impose un lourd fardeau ».", "Le ministère des finances")]
    [InlineData("La maire Anne Roux a visité le site. La commission a publié son rapport mardi. « Les travaux doivent reprendre au plus vite », a-t-elle estimé.", "La commission")] // passes before too: another rule reads it
    [InlineData("Le ministre Sándor Pintér a présenté le texte. Le ministère des finances a annoncé une taxe de 25 %. « La défense contre l'immigration illégale impose un lourd fardeau », a-t-il indiqué.", "Le ministère des finances")] // passes before too: a speech verb
    public void A_description_that_did_something_in_public_is_the_next_pronoun(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
