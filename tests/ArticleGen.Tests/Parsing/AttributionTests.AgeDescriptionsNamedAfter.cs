namespace ArticleGenTests.Parsing;

/// <summary>
/// ""I never thought I'd see this day," says the 82-year-old, who has lived on the island all her life. Margaret Flett
/// remembers …": a description by age with no one before it to stand for is the person the next sentence of its paragraph
/// opens on, named in full and known as a person (a feature's lead names its speaker after the quote). Before, the
/// description spoke as written. Not a sentence that opens on someone's relation ("Her daughter, Jane Flett, …"). Found in the
/// thirty-fifth session by a battery of feature leads.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"I never thought I'd see this day,\" says the 82-year-old, who has lived on the island all her life. Margaret Flett remembers when the ferry came once a week.", "Margaret Flett")]
    [InlineData("fr", "« Je n'aurais jamais cru voir ça », dit l'octogénaire, qui a toujours vécu sur l'île. Marguerite Le Goff se souvient du bac hebdomadaire.", "Marguerite Le Goff")]
    public void A_description_by_age_with_no_one_before_is_the_person_named_next(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_next_sentence_opening_on_a_relation_names_no_one() // passes before too: a guard
    {
        Assert.Equal("the 82-year-old", Attribute("en",
            "\"I never thought I'd see this day,\" says the 82-year-old. Her daughter, Jane Flett, drove her to the bridge.").Speaker);
    }
}
