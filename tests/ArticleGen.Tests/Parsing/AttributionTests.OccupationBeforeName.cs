namespace ArticleGenTests.Parsing;

/// <summary>
/// A capitalised word of what someone is, written before a known given name and a surname ("Skipper Mark Tozer",
/// "Dutchman Sven de Wit", whom "the Dutchman" then names), is a title, not part of the name; so is a misspelt office ("Prime Minster Silvio Berlusconi").
/// A given name in first place stays ("Christopher Mark Jones"). Found in the nineteenth session on the agency probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Fishermen say the wind farm will wipe out their scallop grounds.", "Skipper Mark Tozer, who has worked out of the port since he was 16, disagrees: \"These grounds have been fished by the same families for a hundred years.\"", "Mark Tozer")]
    [InlineData("en", "Dutchman Sven de Wit won the stage on Saturday, outsprinting Belgian rival Jens Peeters.", "\"I knew I had to go early, because he is faster than me on the flat,\" said the Dutchman, who moves up to fifth overall.", "Sven de Wit")]
    [InlineData("en", "Leaders reacted on Monday.", "Italian Prime Minster Silvio Berlusconi said \"This is a great outcome in the fight against evil.\"", "Silvio Berlusconi")]
    [InlineData("en", "The board met on Monday.", "\"We will appeal,\" said Christopher Mark Jones.", "Christopher Mark Jones")]
    [InlineData("en", "Venezuela protested on Monday.", "Colombian Senador Jimmy Chamorro has the same opinion: \"there is no doubt about the relation.\"", "Jimmy Chamorro")]
    [InlineData("en", "The ban was announced on Thursday.", "Canoeist Ellie Brandon said she would \"fight this to the very end\".", "Ellie Brandon")]
    public void A_word_of_what_someone_is_before_a_given_name_is_a_title(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
