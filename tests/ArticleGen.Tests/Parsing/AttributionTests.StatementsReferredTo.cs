namespace ArticleGenTests.Parsing;

/// <summary>
/// "le communiqué" after "un communiqué de Turkey Blocks": a definite statement noun refers back to the statement named
/// with its issuer, who speaks. Found in the fourteenth session on a dev error.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Les accès ont été bloqués selon un communiqué de Turkey Blocks, un organisme de surveillance. « Le manque de disponibilité est constant » peut-on lire dans le communiqué.", "Turkey Blocks")]
    [InlineData("fr", "Selon un communiqué de Turkey Blocks, les accès sont coupés. « Le manque de disponibilité est constant », précise le communiqué.", "Turkey Blocks")] // passes before too
    public void The_statement_referred_to_speaks_for_its_issuer(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_statement_with_no_issuer_named_gives_no_issuer()
    {
        // (Passes before too: a statement nobody is named as issuing is left without a speaker, as before.)
        Assert.Null(Attribute("fr", "Les accès ont été bloqués. « Le manque de disponibilité est constant », précise le communiqué.").Speaker);
    }
}
