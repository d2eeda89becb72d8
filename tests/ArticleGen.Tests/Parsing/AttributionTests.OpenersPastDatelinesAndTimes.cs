namespace ArticleGenTests.Parsing;

/// <summary>
/// The person opening the sentence before a quote with no cue is found past an agency's dateline ("THE HAGUE — …",
/// "BRUXELLES, 6 juin (AFP) - …") and past a time phrase between the name and its verb ("Sander Vos on Tuesday presented",
/// "Jean Dupont mardi soir a annoncé"). Both hid the opener (everyday-3 probe en-g066, thirty-sixth session). Words in capitals
/// before a dash with a lower-case word among them are no dateline ("EU leaders - including …").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "THE HAGUE — Finance Minister Sander Vos on Tuesday presented a budget. His message to parliament was simple: \"The bill has arrived.\"", "Sander Vos")]
    [InlineData("en", "Finance Minister Sander Vos on Tuesday presented a budget. His message to parliament was simple: \"The bill has arrived.\"", "Sander Vos")]
    [InlineData("en", "Jane Doe last week confirmed the closure. \"It is a sad day.\"", "Jane Doe")] // passes before too (by another reading)
    [InlineData("fr", "Jean Dupont mardi soir a annoncé sa démission. « Je pars la tête haute. »", "Jean Dupont")] // passes before too (by another reading)
    [InlineData("fr", "BRUXELLES, 6 juin (AFP) - Jean Dupont a quitté la réunion. « Nous ne signerons pas. »", "Jean Dupont")]
    [InlineData("en", "Jane Doe confirmed the closure. \"It is a sad day.\"", "Jane Doe")] // passes before too
    public void The_sentence_opener_is_read_past_datelines_and_time_phrases(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Capitals_before_a_dash_with_lower_case_words_are_no_dateline()
    {
        // (Passes before too: a guard.)
        Assert.Null(Attribute("en", "EU leaders - including Jane Doe - agreed the plan. \"It is a great day.\"").Speaker);
    }
}
