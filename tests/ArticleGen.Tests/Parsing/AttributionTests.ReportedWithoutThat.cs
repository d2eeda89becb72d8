namespace ArticleGenTests.Parsing;

/// <summary>
/// "Aisha Farouk … said its clinics in Kessa and Doro had admitted 1,900 children, "…"": inside a clause that "said" reports
/// with no "that", "admitted" (took in) is no speech verb of its own; and a name joined by "and" to a place after "in" is a
/// place too, no antecedent of "she" (thirtieth session, whole-article probe set).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void Admitted_inside_a_clause_reported_without_that_is_no_cue_of_its_own()
    {
        Assert.Equal("Aisha Farouk", Attribute("en",
            "Aisha Farouk said its clinics in Kessa had admitted 1,900 children in February alone, \"three times the number we saw last year\".").Speaker);
    }

    [Fact]
    public void Admitted_as_an_incise_still_speaks()
    {
        // (Passes before too: it guards the incise reading of the verb the rule above sets apart.)
        Assert.Equal("Jane Doe", Attribute("en", "Jane Doe met the board on Monday. \"We got it wrong,\" she admitted.").Speaker);
    }

    [Fact]
    public void A_name_joined_to_a_place_is_no_antecedent()
    {
        Assert.Equal("Aisha Farouk", Attribute("en",
            "Aid workers painted a different picture. Aisha Farouk, head of emergency programmes for the charity Relief Without Borders, said its clinics in Kessa and Doro had admitted 1,900 children in February alone, \"three times the number we saw last year\".",
            "\"Under control is not how I would describe a ward with three children to every bed,\" she said.").Speaker);
    }
}
