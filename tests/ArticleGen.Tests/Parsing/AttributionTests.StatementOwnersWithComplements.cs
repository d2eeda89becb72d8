namespace ArticleGenTests.Parsing;

/// <summary>
/// The owner of a statement named by a lower-case noun keeps its named complement: "« … », précise un communiqué de la
/// préfecture de la Haute-Vienne" gave "la préfecture de", the owner's adjectives running on over "de" and stopping at "la".
/// Found in the thirty-sixth session from the everyday-2 probe set (fr-f061, whose probe writes the owner without its article,
/// so it still counts as a miss there).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Les concentrations relevées dépassent le seuil sanitaire », précise un communiqué de la préfecture de la Haute-Vienne publié vendredi.", "la préfecture de la Haute-Vienne")]
    [InlineData("« Les concentrations relevées dépassent le seuil sanitaire », précise un communiqué de la préfecture de la Haute-Vienne.", "la préfecture de la Haute-Vienne")]
    [InlineData("« Les concentrations relevées dépassent le seuil sanitaire », précise un communiqué de la préfecture.", "la préfecture")] // passes before too
    public void A_statements_owner_keeps_its_named_complement(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
