namespace ArticleGenTests.Parsing;

/// <summary>
/// "« … », c'est ce qu'a déclaré X", "« … », voilà ce qu'a expliqué le maire": the presentative that names the speaker after
/// the quote's comma, as it did after a colon ("« … » : c'est ce qu'a déclaré X"); before, the comma form gave no one. Found in
/// the thirty-sixth session by a battery of sentences pointing back at the words.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Nous allons revoir les objectifs », c'est ce qu'a déclaré Jean Dupont mardi.", "Jean Dupont")]
    [InlineData("« Nous allons revoir les objectifs », voilà ce qu'a expliqué le maire.", "le maire")]
    [InlineData("« Nous allons revoir les objectifs » : c'est ce qu'a déclaré Jean Dupont mardi.", "Jean Dupont")] // passes before too
    public void A_presentative_after_the_quote_names_its_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Fact]
    public void A_presentative_with_no_speech_verb_names_no_one()
    {
        // (Passes before too.) "penser" reports no words.
        Assert.Null(Attribute("fr", "« Nous allons revoir les objectifs », c'est ce que pense Jean Dupont.").Speaker);
    }
}
