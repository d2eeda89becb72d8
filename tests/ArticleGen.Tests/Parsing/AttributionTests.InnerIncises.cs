namespace ArticleGenTests.Parsing;

/// <summary>
/// The French incise written inside the marks ("« …, reconnaît le maire. … »"), the way French press agencies
/// and dailies print it. Found in the ninth session by probing agency-style passages: no such quote had a speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Nous avons été pris de court, reconnaît le maire, Jean-Claude Rivière. Personne n'imaginait cela. »", "Jean-Claude Rivière", "maire")]
    [InlineData("« Nous avons été pris de court, a reconnu Jean-Claude Rivière. Personne n'imaginait cela. »", "Jean-Claude Rivière", null)]
    [InlineData("« Nous avons été pris de court, a reconnu Jean-Claude Rivière. »", "Jean-Claude Rivière", null)]
    [InlineData("« C'est une honte, s'est indigné le député LR Éric Ciotti. Le gouvernement ment. »", "Éric Ciotti", "député LR")]
    [InlineData("« C'est une honte, avait pourtant expliqué la présidente de région, Carole Delga, en mars. Rien n'a changé. »", "Carole Delga", "présidente de région")]
    public void A_French_incise_inside_the_marks_names_the_speaker(string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute("fr", "Le matin. " + paragraph));
    }

    [Fact]
    public void A_pronoun_in_an_incise_inside_the_marks_resolves_as_after_them()
    {
        // (Before the rule: no speaker; "il" in the sentence before does not agree with "elle".)
        Assert.Equal("Anne Hidalgo", Attribute(
            "fr",
            "Anne Hidalgo a reçu mardi Jean Dupont. Il a critiqué le chantier.",
            "« Nous tiendrons les délais, assure-t-elle. Les Parisiens le verront. »").Speaker);
    }

    [Theory]
    [InlineData("« Le texte, dit de compromis, ne satisfait personne. »")] // "dit" as "so-called": no one after it
    [InlineData("« Qu'en pense-t-il, au fond ? »")] // a question, no incise
    [InlineData("« Le maire, Jean Dupont, a reconnu ses torts. »")] // the subject before its verb: the speaker's own sentence
    // (These pass before the rule too: they guard it.)
    public void Words_inside_the_marks_that_are_no_incise_name_no_one(string paragraph)
    {
        Assert.Equal((null, null), Attribute("fr", "Le matin. " + paragraph));
    }

    [Fact]
    public void English_marks_keep_a_comma_and_a_verb_as_the_speaker_s_words()
    {
        // English closes its marks around an incise: inside them, "said the guide" is quoted narration.
        Assert.Equal((null, null), Attribute("en", "Hello there. \"We walked for hours, said the guide, and then we saw it.\""));
    }
}
