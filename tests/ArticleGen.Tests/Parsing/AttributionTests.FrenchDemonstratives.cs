namespace ArticleGenTests.Parsing;

/// <summary>
/// "Jean Dupont, 45 ans, a trois enfants. « … », conclut ce père de famille": with no description that introduced the noun, a
/// French demonstrative of a person (an office, a trade, a relative, a noun of a person's shape) stands, as "il"/"elle"
/// would, for the person the sentences before are about; "ce projet" does not. And an aside of one or two words between the
/// verb and the name ("confie, ému, Jean Dupont") is no role. Found in the thirty-fourth session by a battery of French
/// incises.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Jean Dupont, 45 ans, a trois enfants. « C'est fini », conclut ce père de famille.", "Jean Dupont")]
    [InlineData("Marie Martin, 70 ans, vit seule. « C'est fini », s'agace cette retraitée.", "Marie Martin")]
    [InlineData("Jean Dupont cultive ses terres depuis 1990. « C'est fini », soupire cet agriculteur.", "Jean Dupont")]
    [InlineData("Jean Dupont vit seul. « C'est fini », s'agace cette retraitée.", "cette retraitée")] // passes before too: no feminine antecedent
    [InlineData("Jean Dupont a quitté le parti. « C'est fini », résume ce projet.", "ce projet")] // passes before too: no person's noun
    [InlineData("Selon une source policière, l'homme était connu. « Il était fiché », a ajouté cette source.", "une source policière")] // passes before too
    public void A_French_demonstrative_of_a_person_refers_back(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "« C'est fini », confie, ému, Jean Dupont.", "Jean Dupont")]
    [InlineData("fr", "« C'est fini », lâche, visiblement amère, Marie Martin.", "Marie Martin")]
    [InlineData("en", "\"It's over,\" said, visibly moved, John Smith.", "John Smith")]
    public void An_aside_between_the_verb_and_the_name_is_no_role(string language, string paragraph, string speaker)
    {
        Assert.Equal((speaker, (string?)null), Attribute(language, paragraph));
    }

    [Fact]
    public void A_role_with_its_determiner_before_the_comma_stays() // passes before too: a guard
    {
        Assert.Equal(("Jean Dupont", "porte-parole"), Attribute("fr", "« C'est fini », a déclaré le porte-parole, Jean Dupont."));
    }
}
