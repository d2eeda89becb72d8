namespace ArticleGenTests.Parsing;

/// <summary>
/// "according to a statement from the Ministry of Health", "d'après un communiqué du ministère de la Santé": the statement's
/// owner after "from"/"du" is read whole ("the Ministry" and "ministère de" had been given; twenty-seventh session).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "According to a statement from the Ministry of Health, the outbreak is \"under control for now.\"", "Ministry of Health")]
    [InlineData("fr", "D'après un communiqué du ministère de la Santé, l'épidémie est « sous contrôle pour l'instant ».", "le ministère de la Santé")]
    [InlineData("fr", "Selon un communiqué du ministère de la Santé, l'épidémie est « sous contrôle pour l'instant ».", "le ministère de la Santé")]
    public void A_statements_owner_after_from_or_du_is_read_whole(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }

    [Fact]
    public void An_office_owner_after_du_is_its_holder()
    {
        Assert.Equal("Bruno Le Roux", Attribute(
            "fr",
            "Le ministre de l'Intérieur, Bruno Le Roux, était à Montpellier.",
            "Selon un communiqué du ministre de l'Intérieur, l'opération a permis « l'interpellation de quatre individus ».").Speaker);
    }
}
