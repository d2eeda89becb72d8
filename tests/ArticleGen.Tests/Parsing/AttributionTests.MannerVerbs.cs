namespace ArticleGenTests.Parsing;

/// <summary>
/// Verbs that say how the words were spoken (maugréer, scander, mutter, chant) and a present participle right
/// after the noun phrase that speaks ("ces manifestants scandant « … »"). Found in the twelfth session on dev
/// articles whose quotes had no speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Libérez nos camarades » scandent une poignée de manifestants.", "une poignée de manifestants")]
    [InlineData("« On ne lâchera rien », maugrée un manifestant.", "un manifestant")]
    [InlineData("« Ce n'est pas fini », grommelle le maire.", "le maire")]
    [InlineData("« Il n'y a aucune preuve », nie l'avocate de la famille.", "l'avocate de la famille")]
    [InlineData("Vers 19h40, un groupe de Gilets jaunes a chanté : « Au revoir Benalla ».", "un groupe de Gilets jaunes")] // thirteenth session: sung words
    [InlineData("Des manifestants ont chanté « On est là, on est là » devant la préfecture.", "Des manifestants")]
    public void French_verbs_of_manner_and_denial_introduce_speech(string paragraph, string speaker)
    {
        Assert.Equal((speaker, null), Attribute("fr", "Le matin. " + paragraph));
    }

    [Theory]
    [InlineData("\"We are not leaving,\" muttered one of the protesters.", "one of the protesters")]
    [InlineData("\"This is not over,\" the senator mumbled.", "the senator")]
    [InlineData("\"We will be back,\" chanted the crowd outside.", "the crowd")]
    public void English_verbs_of_manner_introduce_speech(string paragraph, string speaker)
    {
        Assert.Equal((speaker, null), Attribute("en", "Hello there. " + paragraph));
    }

    [Fact]
    public void A_participle_right_after_a_noun_phrase_speaks_for_it_not_for_the_subject()
    {
        var speaker = Attribute(
            "fr",
            "François Fillon était à Bayonne jeudi.",
            "Il a été accueilli par un concert de casseroles de la part de ces manifestants scandant « Fillon, démission ».");

        Assert.Equal(("ces manifestants", null), speaker);
    }

    [Fact]
    public void A_participle_after_a_speech_verb_and_its_object_speaks_for_the_subject()
    {
        // Passes before too: the speech verb before the object keeps its subject as the speaker.
        var speaker = Attribute(
            "en",
            "Hello there. Mehrdad Pahlavanzadeh explained the decision to ban the players saying, \"As a first step, these two will be denied entry.\"");

        Assert.Equal(("Mehrdad Pahlavanzadeh", null), speaker);
    }
}

/// <summary>Characterising verbs ("regarded the debate as "…"", "dubbed the bill "…""), twelfth session.</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The debate was held in Utah. Politico regarded the debate as \"markedly more civil\" than the prior one.", "Politico")]
    [InlineData("The senator dubbed the bill \"a giveaway to the rich\" during the debate.", "The senator")]
    public void Characterising_verbs_give_the_woven_quote_to_their_subject(string paragraph, string speaker)
    {
        Assert.Equal((speaker, null), Attribute("en", "Hello there. " + paragraph));
    }

    [Fact]
    public void Regarding_is_a_preposition_not_a_speech_verb()
    {
        var speaker = Attribute(
            "en",
            "Hello there. Interpol's constitution prohibits \"any intervention of a political character,\" an Interpol spokesperson stated. The spokesperson added regarding Iran's request, they \"would not consider requests of this nature\".");

        // Read as a verb, "regarding" made "The spokesperson added" the subject of an incise.
        Assert.NotNull(speaker.Speaker);
        Assert.DoesNotContain("added", speaker.Speaker, StringComparison.Ordinal);
        Assert.EndsWith("spokesperson", speaker.Speaker, StringComparison.Ordinal);
    }
}
