namespace ArticleGenTests.Parsing;

/// <summary>
/// "react" is a speech verb of answering back, like "retort": "Labor MK Eitan Cabel reacted to Feiglin's motion, "…""
/// is Cabel's, not the owner of the motion. Found in the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Moshe Feiglin opened the debate on Tuesday.", "During the debate, Labor MK Eitan Cabel reacted to Feiglin's motion, \"Why stop at the Temple Mount?\"", "Eitan Cabel")]
    [InlineData("en", "The minister resigned on Friday.", "\"It was the right decision,\" Jane Porter reacted.", "Jane Porter")]
    public void Reacted_introduces_a_quote(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
