namespace ArticleGenTests.Parsing;

/// <summary>
/// A standalone quote with no cue, right after a sentence of the same paragraph that closes on an incise (", a confirmé X.",
/// ", police said."), is the words of the one who vouched for that sentence. Found in the eighteenth session on dev.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Un Français a été enlevé tôt ce jeudi au Tchad, a confirmé le ministère des affaires étrangères français sans préciser son identité. « Nous sommes mobilisés avec les autorités tchadiennes pour parvenir à sa libération. »", "le ministère des affaires étrangères français")]
    [InlineData("en", "Two men were arrested near the border on Monday, police spokesman John Carter said. \"Both men are cooperating with the investigation and will appear in court on Friday.\"", "John Carter")]
    public void A_quote_with_no_cue_after_a_sentence_closed_by_an_incise_is_the_incises_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_participle_closing_the_sentence_before_is_no_incise()
    {
        // (Passes before too: the guard.) ", saying …" after the previous quote's sentence names nobody new: the quote goes on
        // with the speaker before.
        Assert.Equal("Jane Roe", Attribute("en", "\"We will appeal,\" said Jane Roe. The company rejected the ruling, saying it was flawed. \"The judge ignored the evidence.\"").Speaker);
    }
}
