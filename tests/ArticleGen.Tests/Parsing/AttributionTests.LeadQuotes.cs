namespace ArticleGenTests.Parsing;

/// <summary>
/// Agency copy's lead quote, given first with its speaker in the sentence after it, and other speakers the sentences
/// around a quote introduce: a pointer back at the words, a description by an office before a colon, a demonstrative for
/// the source introduced before. Found in the twenty-second session on constructions-agency-unseen.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Nous ne fermerons pas cette école tant que je serai maire. » Jean-Paul Morvan, maire de Plouzévédé, n'a pas mâché ses mots lundi soir devant les parents.", "Jean-Paul Morvan")]
    [InlineData("fr", "« Ce jour, je l’attendais depuis vingt ans. » Le président de l’agglomération d’Agen, Serge Labarthe, ne cachait pas son émotion.", "Serge Labarthe")]
    [InlineData("en", "\"I still feel like I've got another Olympics in me.\" Three-time world champion diver Owen Greaves, 33, has ruled out retirement.", "Owen Greaves")]
    public void A_lead_quote_is_the_words_of_the_person_the_next_sentence_opens_on(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("en", "\"We will rebuild.\" The storm destroyed forty homes in the village on Monday.")]
    [InlineData("fr", "« Nous reconstruirons. » La tempête a détruit quarante maisons lundi.")]
    public void A_lead_quote_before_a_sentence_about_no_one_stays_without_a_speaker(string language, string paragraph)
    {
        // (Passes before too.)
        Assert.Null(Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_lead_quote_woven_into_its_paragraph_is_not_a_lead_quote()
    {
        // (Passes before too.) The quote does not open the paragraph: the sentence after it introduces no one for it.
        Assert.Null(Attribute(
            "en",
            "The storm hit at dawn. \"We will rebuild.\" Mayor Jane Doe visited the village on Monday.").Speaker);
    }

    [Theory]
    [InlineData("en", "\"I just did what anyone would do.\" Those were the words of bus driver Kayode Mensah, who pulled three children from a burning car.", "Kayode Mensah")]
    [InlineData("fr", "« Aucun élément ne permet de retenir la piste criminelle. » C’est ce qu’a indiqué lundi le procureur de la République de Chartres, Frédéric Mounier, au lendemain de la découverte.", "Frédéric Mounier")]
    public void A_sentence_that_points_back_at_the_words_names_their_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_description_by_an_office_one_person_holds_speaks_before_a_colon()
    {
        Assert.Equal("Isabelle Perrin-Khoury", Attribute(
            "fr",
            "Face à la hausse des cas, la ministre de la Santé, Isabelle Perrin-Khoury, a annoncé vendredi une campagne de vaccination.",
            "Depuis janvier, 412 cas ont été déclarés. La ministre a été claire : « La rougeole n’est pas une maladie bénigne. »").Speaker);
    }

    [Fact]
    public void A_description_before_a_colon_that_no_one_was_given_names_no_one()
    {
        // (Passes before too.) No minister was named: the lead-in is left to the other rules, which find no speaker.
        Assert.Null(Attribute(
            "fr",
            "La ministre a été claire : « La rougeole n’est pas une maladie bénigne. »").Speaker);
    }

    [Theory]
    [InlineData("fr", "Le pronostic vital est engagé, a indiqué une source policière.", "Le tireur est recherché. « La zone a été bouclée toute la nuit », a ajouté cette source.", "une source policière")]
    [InlineData("en", "A senior official said the talks had stalled.", "\"We are not there yet,\" this official added.", "A senior official")]
    public void A_demonstrative_description_is_the_source_that_introduced_its_noun(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void Reassuring_is_a_way_of_saying()
    {
        Assert.Equal("un proche du chanteur", Attribute(
            "fr",
            "Le chanteur Rémi Castel a été hospitalisé dimanche à Marseille.",
            "« Il est conscient, il plaisante déjà avec les infirmières », a rassuré un proche du chanteur auprès du quotidien La Voix du Midi.").Speaker);
    }
}
