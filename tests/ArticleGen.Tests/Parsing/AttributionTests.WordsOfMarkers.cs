namespace ArticleGenTests.Parsing;

/// <summary>
/// "L'opposition a fustigé un texte « mal ficelé », selon les mots du député LR Olivier Marleix", "Critics said the bill was
/// "a charter for snoopers", in the words of David Davis": a marker right after a fragment that says whose words they are
/// names them, over the sentence's subject and its speech verb (which only reported them). "pour reprendre les mots de",
/// "selon l'expression de" and ", to quote" are such markers too. Before, the subject spoke. Found in the thirty-fifth
/// session by a battery of partial quotes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "L'opposition a fustigé un texte « mal ficelé et dangereux », selon les mots du député LR Olivier Marleix.", "Olivier Marleix")]
    [InlineData("fr", "L'opposition a fustigé un texte « mal ficelé et dangereux », pour reprendre les mots du député LR Olivier Marleix.", "Olivier Marleix")]
    [InlineData("fr", "Les syndicats dénoncent une réforme « brutale et injuste », selon l'expression de Sophie Binet.", "Sophie Binet")]
    [InlineData("en", "Critics said the bill was \"a charter for snoopers\", in the words of former minister David Davis.", "David Davis")]
    [InlineData("en", "Critics said the bill was \"a charter for snoopers\", to quote former minister David Davis.", "David Davis")]
    public void A_marker_of_whose_words_after_a_fragment_names_them(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("Pelosi called Trump's conduct a \"breach of his oath of office\", according to NBC.", "Pelosi")]
    [InlineData("To quote the minister, Jane Hale, the plan is \"dead in the water\".", "Jane Hale")]
    public void Other_source_markers_keep_their_readings(string paragraph, string speaker) // both pass before too: guards
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
