namespace ArticleGenTests.Parsing;

/// <summary>
/// "they"/"ils" after a sentence whose subject is two people named together ("John Smith and Mary Brown confessed …") stands
/// for the pair. Found in the eighteenth session while checking a dev regression (a pair three paragraphs back, beyond the
/// antecedent search, which this does not reach); the dev figures are unchanged.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "John Smith and Mary Brown confessed that the plan had failed.", "\"We have no words to describe it,\" they said.", "John Smith and Mary Brown")]
    [InlineData("fr", "Jean Dupont et Marie Martin ont reconnu l'échec du plan.", "« Nous n'avons pas de mots », ont-ils déclaré.", "Jean Dupont et Marie Martin")]
    public void A_plural_pronoun_after_two_people_named_together_is_the_pair(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void Two_places_named_together_are_no_pair()
    {
        // (Passes before too: the guard.) "France and Germany" are no people of known gender, so no pair is made of them.
        Assert.NotEqual("France and Germany", Attribute(
            "en",
            "Researchers at Stanford University studied the data.",
            "France and Germany signed the deal. \"We have no words to describe it,\" they said.").Speaker);
    }
}
