namespace ArticleGenTests.Parsing;

/// <summary>
/// "… tout près du lycée Saint-Exupéry. Il aurait avoué avoir agi « … »": a name read with the noun of a building, a street or a
/// school (before it in French, after it in English: "near the Saint Mary school") is a place, no one "il" or "he" stands for;
/// the thirtieth session's rule for places after a preposition, extended (thirty-first session).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Marc Durand a été entendu par les enquêteurs.", "Un groupe d'étudiants traversait la route tout près du lycée Saint-Exupéry. Il aurait avoué avoir agi « sous l'emprise d'une voix qui lui donnait des ordres ».", "Marc Durand")]
    [InlineData("en", "Mark Durand was questioned by police on Monday.", "A group of students was crossing the road near the Saint Mary school. He reportedly admitted he had acted \"on the orders of a voice he kept hearing\".", "Mark Durand")]
    public void A_name_read_with_a_place_noun_is_no_antecedent(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }
}
