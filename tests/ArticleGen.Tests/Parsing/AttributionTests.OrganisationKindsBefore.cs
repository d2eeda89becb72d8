namespace ArticleGenTests.Parsing;

/// <summary>
/// "the group", "l'association de consommateurs": a description by an organisation's kind stands for the organisation that
/// opens the nearest sentence before it, in its paragraph or the one before, when "it" found none there (twenty-seventh
/// session; the description itself had been given, found on the blind everyday probes). A person opening that sentence is
/// no organisation.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "L'UFC-Que Choisir a estimé jeudi que les prix avaient augmenté de plus de 20 %. « Les marges de certains industriels sont injustifiables », affirme l'association de consommateurs.", "UFC-Que Choisir")]
    [InlineData("en", "Amnesty International said on Thursday that at least 40 people had been detained.\n\n\"Peaceful protest is not a crime,\" the group said in a statement.", "Amnesty International")]
    public void A_description_by_an_organisations_kind_is_the_organisation_opening_a_sentence_before(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }

    [Fact]
    public void A_person_opening_the_sentence_before_is_no_organisation()
    {
        Assert.NotEqual("Tony Abbott", Attribute(
            "en",
            "Australian Prime Minister Tony Abbott contacted the Indonesian president to offer sympathies.",
            "Areas for families have been set up at the airport. The airline said in a statement it would \"keep all parties informed as more information becomes available\".").Speaker);
    }
}
