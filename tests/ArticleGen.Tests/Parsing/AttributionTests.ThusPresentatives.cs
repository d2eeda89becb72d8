namespace ArticleGenTests.Parsing;

/// <summary>
/// "C'est ainsi que X a décrit …", "c'est en ces termes que X a qualifié …" after the quote point back at it, whether a new
/// sentence, the quote's comma or, after a fragment, its colon comes first ("Un texte « … » : c'est ainsi que la sénatrice
/// centriste Odile Garnier a décrit mercredi le projet de loi", everyday-3 probe fr-g046, thirty-sixth session). "ainsi" read
/// as "X résume ainsi" took the presentative "c'" as the subject.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Un texte « rédigé à la hâte et juridiquement fragile » : c'est ainsi que la sénatrice centriste Odile Garnier a décrit mercredi le projet de loi.", "Odile Garnier")]
    [InlineData("« Un texte rédigé à la hâte. » C'est ainsi que la sénatrice centriste Odile Garnier a décrit mercredi le projet de loi.", "Odile Garnier")]
    [InlineData("« Un texte rédigé à la hâte », c'est en ces termes que Jean Dupont a qualifié le projet.", "Jean Dupont")] // passes before too (by another reading)
    [InlineData("« Un texte rédigé à la hâte. » C'est en ces termes que Jean Dupont a qualifié le projet.", "Jean Dupont")] // passes before too
    public void A_thus_presentative_after_the_quote_names_its_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
