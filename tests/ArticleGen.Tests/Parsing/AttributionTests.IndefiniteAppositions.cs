namespace ArticleGenTests.Parsing;

/// <summary>
/// "The governor, a Democrat, said": an apposition that an indefinite article or a lower-case word opens says what the subject
/// is; the definite description before it speaks, not the apposition (twenty-seventh session; "a Democrat" and "a former
/// teacher" had been given as speakers; a dev quote, "The government, however, has dismissed the claim, calling it "a
/// complete fabrication"", is found since, its speaker right). A name before the apposition already spoke, and a name apposed still does.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The governor, a Democrat, said the state would \"fight this in court.\"", "The governor")]
    [InlineData("en", "\"We will fight this in court,\" the governor, a Democrat, said.", "the governor")]
    [InlineData("en", "The senator, a former teacher, said the bill was \"a betrayal of our children.\"", "The senator")]
    [InlineData("en", "The company, a subsidiary of Siemens, said the plant would \"close by the end of the year.\"", "The company")]
    [InlineData("en", "A rebel group said it had killed 626 troops. The government, however, has dismissed the claim, calling it \"a complete fabrication\".", "The government")]
    [InlineData("fr", "Le maire, un socialiste, a déclaré que la ville allait « se battre devant les tribunaux ».", "Le maire")]
    [InlineData("fr", "Le maire, ancien professeur, a déclaré que la ville allait « se battre devant les tribunaux ».", "Le maire")]
    public void The_description_before_an_indefinite_apposition_speaks(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }

    [Theory]
    [InlineData("en", "Smith, a Democrat, said the state would \"fight this in court.\"", "Smith")]
    [InlineData("en", "The governor, Jane Doe, said the state would \"fight this in court.\"", "Jane Doe")]
    [InlineData("fr", "Le maire, Jean Dupont, a déclaré que la ville allait « se battre devant les tribunaux ».", "Jean Dupont")]
    public void A_name_before_or_in_the_apposition_still_speaks(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }
}
