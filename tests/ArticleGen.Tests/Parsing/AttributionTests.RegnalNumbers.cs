namespace ArticleGenTests.Parsing;

/// <summary>
/// A regnal number closes the name it numbers ("Benedict XVI", "Mohammed VI"), where it was read as an acronym and dropped; a
/// name's suffix keeps its period at the end of a sentence too ("said John Doe Jr."), and the surname alone finds the
/// name with its suffix ("Doe said" after "John Doe Jr."). Found in the thirty-third session by a battery of names written for
/// it (the dev corpus's ground truth writes "Mswati III", "John Paul II").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"It is over,\" said Pope Benedict XVI in his homily.", "Benedict XVI")]
    [InlineData("en", "\"It is over,\" said Queen Elizabeth II.", "Elizabeth II")]
    [InlineData("fr", "« Nous ne céderons pas », a affirmé le roi Mohammed VI.", "Mohammed VI")]
    [InlineData("fr", "Le roi Mswati III a déclaré : « Nous ne céderons pas ».", "Mswati III")]
    [InlineData("en", "\"It is over,\" said Philip V.", "Philip V")] // passes before too: a lone capital is a name's word
    public void A_regnal_number_closes_the_name(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("\"It is over,\" said John Doe Jr.", "John Doe Jr.")]
    [InlineData("\"It is over,\" said Edward B. MacMahon Jr.", "Edward B. MacMahon Jr.")]
    [InlineData("\"It is over,\" said John Doe Jr., a lawyer.", "John Doe Jr.")] // passes before too
    public void A_name_suffix_ending_the_sentence_keeps_its_period(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void The_surname_alone_finds_the_name_with_its_suffix()
    {
        Assert.Equal("John Doe Jr.", Attribute("en", "\"It is over,\" said John Doe Jr.", "\"We are done,\" Doe added.").Speaker);
    }
}
