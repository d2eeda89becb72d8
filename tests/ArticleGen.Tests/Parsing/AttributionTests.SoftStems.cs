namespace ArticleGenTests.Parsing;

/// <summary>
/// French -cer and -ger speech verbs keep their soft sound before "a" ("dénonçant", "lança", "partageait"): the forms expanded
/// from the infinitive had been "dénoncant", "lanca", "partagait", which French never writes, so "lança le maire" was no incise
/// (twenty-ninth session, found with the "with" participle rule; dev: one more quote found, one speaker right).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« C'est inacceptable », lança le maire, Paul Girard.", "Paul Girard")] // passes before too: the passé simple after the quote is read by its inversion
    [InlineData("Les usagers ont réagi vivement, le maire Paul Girard dénonçant « une décision brutale ».", "Paul Girard")]
    [InlineData("« Nous ne céderons pas », annonçait jeudi le maire, Paul Girard.", "Paul Girard")]
    [InlineData("« C'est une erreur », dénonce le maire, Paul Girard.", "Paul Girard")] // passes before too
    public void French_soft_stems_keep_their_cedilla(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
