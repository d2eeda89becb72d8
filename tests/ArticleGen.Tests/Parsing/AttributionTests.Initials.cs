namespace ArticleGenTests.Parsing;

/// <summary>
/// Names with two initials ("J.R. Ewing", "J.K. Rowling"): the initials' last period ended the sentence, and the initials
/// were read as an acronym. Found in the eighteenth session while checking a new dev batch's "Jr." speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We will not sell the ranch,\" said J.R. Ewing.", "J.R. Ewing")]
    [InlineData("\"We will not sell the ranch,\" J.K. Rowling said.", "J.K. Rowling")]
    [InlineData("J.K. Rowling said: \"We will not sell the ranch, ever.\"", "J.K. Rowling")]
    public void Two_initials_open_a_name_and_end_no_sentence(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void Dotted_initials_before_a_word_that_opens_sentences_still_end_one()
    {
        // (Passes before too: the guard.) "… the U.N. The agency said": a new sentence, whose subject speaks.
        Assert.Equal("agency", Attribute("en", "The report was sent to the U.N. The agency said \"no decision has been taken on the matter yet.\"").Speaker?.Split(' ')[^1]);
    }
}
