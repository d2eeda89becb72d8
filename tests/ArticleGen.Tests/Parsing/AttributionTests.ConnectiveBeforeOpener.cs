namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote with no cue after a sentence that opens on a connective and a person ("But Jane Doe was not convinced. "…"",
/// "Mais Marie Martin n'est pas convaincue. « … »") is that person's, as it was after "However, Jane Doe …": the connective
/// without its comma stopped the sentence's opener from being read, and the previous speaker went on. Thirty-third session,
/// from a battery of news shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"We will rebuild,\" John Smith said.", "But Jane Doe was not convinced. \"It will take years.\"", "Jane Doe")]
    [InlineData("fr", "« Nous reconstruirons », a dit Jean Dupont.", "Mais Marie Martin n'est pas convaincue. « Cela prendra des années. »", "Marie Martin")]
    [InlineData("en", "\"We will rebuild,\" John Smith said.", "However, Jane Doe was not convinced. \"It will take years.\"", "Jane Doe")] // passes before too
    [InlineData("en", "\"We will rebuild,\" John Smith said.", "And he meant it. \"It will take years.\"", "John Smith")] // passes before too
    public void A_connective_opening_the_sentence_before_leaves_its_person_the_opener(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
