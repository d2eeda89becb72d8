namespace ArticleGenTests.Parsing;

/// <summary>
/// "selon les mots de X" gave "les mots de X": the words are X's; and after a marker a contracted article ("aux yeux du maire",
/// "selon les termes du ministre") gave "du maire": the description gets its own article back, "le maire". Found in the
/// thirty-fourth session by a battery of lead-ins written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Le projet est, selon les mots de Jean Dupont, « une honte ».", "Jean Dupont")]
    [InlineData("Selon les termes du ministre, « la crise est finie ».", "le ministre")]
    [InlineData("Aux yeux du maire, « la crise est finie ».", "le maire")]
    [InlineData("Selon les termes du ministre de l'Intérieur Gérald Darmanin, « la crise est finie ».", "Gérald Darmanin")] // passes before too
    [InlineData("« La crise est finie », selon les propos de Jean Dupont.", "Jean Dupont")] // passes before too
    [InlineData("Selon les experts, « la crise est finie ».", "les experts")] // passes before too
    public void The_owner_of_the_words_after_a_marker_speaks(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
