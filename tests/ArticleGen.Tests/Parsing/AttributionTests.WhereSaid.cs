namespace ArticleGenTests.Parsing;

/// <summary>
/// "in a statement", "in an interview", "in a press release" between the subject and its verb say where the words were
/// said; they are no part of the speaker ("The FAA in a statement said "…"" is the FAA). Found in the nineteenth session on a
/// new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The FAA grounded the jets.", "The FAA in a statement said \"In light of a series of recent events, the FAA will conduct a comprehensive review.\"", "FAA")]
    [InlineData("en", "The trial opened on Monday.", "The prosecutor's office in a press release said \"The evidence is overwhelming.\"", "The prosecutor's office")]
    public void Where_the_words_were_said_is_no_part_of_the_speaker(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
