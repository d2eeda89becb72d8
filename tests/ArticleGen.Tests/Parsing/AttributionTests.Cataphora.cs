namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote given first, its speaker named by the sentence after it, which points back at the words ("ainsi",
/// "en ces termes", "ces mots", "that was how", "those words", "sums up"). Found in the ninth session on
/// agency-style probes; the Wikinews corpus holds none of these shapes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Une trahison pure et simple. » C'est en ces termes que la présidente du conseil départemental, Valérie Chassagne, a qualifié mardi la décision de l'agence.", "Valérie Chassagne")]
    [InlineData("fr", "« On nous demande toujours plus. » Professeure de mathématiques depuis vingt ans, Nathalie Dupuis résume ainsi l'état d'esprit de ses collègues.", "Nathalie Dupuis")]
    [InlineData("fr", "« Nous avons perdu une bataille, pas la guerre » : ces mots, prononcés dimanche soir par la tête de liste de l'union de la gauche à Marseille, Sabine Orsini, résument la soirée.", "Sabine Orsini")]
    [InlineData("en", "\"A betrayal, pure and simple.\" That was how the leader of Cumberland Council, Valerie Hodgson, described the decision on Tuesday.", "Valerie Hodgson")]
    [InlineData("en", "“We have lost a battle, not the war.” Those words, spoken on Sunday night by the Labour candidate, Sabrina Okoye, captured the mood.", "Sabrina Okoye")]
    [InlineData("en", "“We are asked to do more with less.” A maths teacher for 22 years, Karen Doherty sums up the mood of her colleagues.", "Karen Doherty")]
    public void A_sentence_that_points_back_at_the_quote_names_its_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, Opening(language), paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "« Nous verrons bien. » Ainsi s'achève la réunion, sans accord.")] // "ainsi" opening the sentence points at nothing said
    [InlineData("en", "\"We will see.\" The meeting ended without a deal, and Karen Doherty left.")] // no pointer: the next sentence may be about anyone
    [InlineData("fr", "« Nous verrons bien. » La situation reste ainsi bloquée.")] // a description ("La situation") is no speaker
    public void A_following_sentence_without_a_person_pointing_back_names_no_one(string language, string paragraph)
    {
        // (These pass before the rule too: they guard it.)
        Assert.Null(Attribute(language, Opening(language), paragraph).Speaker);
    }

    [Fact]
    public void A_name_in_apposition_after_a_long_description_speaks_for_selon()
    {
        // "la tête de liste de l'union de la gauche à Marseille" is too long to be read as a speaker alone; the
        // name after it still is one, with the description as its role, without its determiner.
        Assert.Equal(
            ("Sabine Orsini", "tête de liste de l'union de la gauche à Marseille"),
            Attribute("fr", "Le matin.", "Selon la tête de liste de l'union de la gauche à Marseille, Sabine Orsini, « nous avons perdu »."));
    }
}
