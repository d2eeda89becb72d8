namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-fifth session on the third round of one-pair articles (real articles with one quote pair, made dev
/// unread in the twenty-fourth session), each shape written again here with other words:
/// - a source marker after a connective of two words ("En effet, pour X, « … »", "In fact, according to X");
/// - "peut-on lire sur X" names where the words were read, as "dans X" does;
/// - a speech verb's infinitive right after a name and its "de" or "to" speaks for that name ("a permis à X de déclarer que");
/// - after a description's comma, an epithet then the name closing the incise ("le chef du gouvernement, le conservateur X");
/// - a colon after a quote that opens its paragraph, then the sentence that names its author ("« … » : X reflects on …");
/// - "Sheik" as a title, as "Sheikh" and "Cheikh" are.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "En effet, pour Lucie Marchand de l'association Vigie, « personne n'a été prévenu à temps, et c'est inacceptable ».", "Lucie Marchand")]
    [InlineData("fr", "Par ailleurs, selon Hugo Berthier, « les travaux reprendront dès le mois prochain sans autre délai ».", "Hugo Berthier")]
    [InlineData("en", "In fact, for Dana Whitfield, \"the budget was never going to cover the repairs on time.\"", "Dana Whitfield")]
    public void A_source_marker_after_a_two_word_connective_names_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Peut_on_lire_sur_names_where_the_words_were_read()
    {
        Assert.Equal("le compte officiel du club", Attribute("fr",
            "« Nous pleurons un entraîneur exceptionnel et un ami fidèle » peut-on lire sur le compte officiel du club.").Speaker);
    }

    [Theory]
    [InlineData("fr", "Ce dernier résultat a permis au ministre de l'agriculture Marc Delorme de déclarer que « la récolte sera bonne ».", "Marc Delorme")]
    [InlineData("fr", "La victoire a conduit l'entraîneur Paul Ferrand à déclarer que « le titre est désormais possible ».", "Paul Ferrand")]
    [InlineData("en", "The ruling allowed Elena Ruiz to say that \"the city will appeal without delay\".", "Elena Ruiz")]
    public void A_speech_verb_s_infinitive_after_a_name_speaks_for_that_name(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_place_before_an_infinitive_speaks_for_nobody()
    {
        Assert.Null(Attribute("en",
            "Some 30 groups invited thousands of people on the eve of the vote in the United Kingdom to tell \"the story of our towns\" in public.").Speaker);
    }

    [Theory]
    [InlineData("fr", "« Cette réforme ne passera pas en l'état », a prévenu le chef de l'opposition, le libéral Anton Weber.", "Anton Weber", "chef de l'opposition")]
    [InlineData("en", "\"This reform will not pass as it stands,\" said the leader of the opposition, liberal Anton Weber.", "Anton Weber", "leader of the opposition")]
    public void An_epithet_between_a_description_and_its_name_is_skipped(string language, string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute(language, paragraph));
    }

    [Fact]
    public void A_colon_after_an_opening_quote_leads_to_the_sentence_that_names_its_author()
    {
        Assert.Equal("Marisol Ortega", Attribute("en",
            "\"Every election here now feels like a coin toss we cannot afford to lose\": Marisol Ortega reflects on the vote in her island.").Speaker);
    }

    [Fact]
    public void Sheik_is_a_title()
    {
        Assert.Equal("Khalid Al Nasser", Attribute("en",
            "Sheik Khalid Al Nasser, head of the port authority, told reporters that \"the new terminal will open in the spring\".").Speaker);
    }
}
