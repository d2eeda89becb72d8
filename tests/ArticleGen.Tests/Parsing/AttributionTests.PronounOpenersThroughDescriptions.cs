namespace ArticleGenTests.Parsing;

/// <summary>
/// "The hydrologist said …. Asked what could still be done, she answered with a warning. "…"": a quote with no cue after a
/// sentence opening on a pronoun is the pronoun's antecedent's, and when that antecedent is a description the article gave one
/// person ("the hydrologist" after "hydrologist Nguyen Thi Lan"), that person's, as a pronoun cue's antecedent already was
/// (""…," she said"). Before, the description itself was the speaker. Found in the thirty-fifth session on the
/// standalone-quote probe set.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The report's author, hydrologist Nguyen Thi Lan, said the delta was \"literally sinking.\" Rice farmer Tran Van Hung said salt water reaches his fields. \"My father grew three crops a year,\" he said.",
        "The hydrologist said governments had ignored the findings. Asked what could still be done, she answered with a warning. \"Every year we wait, we lose land we will never get back.\"", "Nguyen Thi Lan")]
    // (The French case passed before too, by another rule: a guard.)
    [InlineData("fr", "La préfète du Cantal, Sophie Marin, a pris un arrêté mardi. Le maire, Paul Blanc, a dénoncé « une décision brutale ».",
        "La préfète s'est rendue sur place mercredi. Elle a ensuite lancé un avertissement. « Les routes resteront fermées jusqu'à lundi. Personne ne passera. »", "Sophie Marin")]
    public void A_pronoun_opener_whose_antecedent_is_a_description_names_its_holder(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
