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

/// <summary>
/// A statement that speaks for whoever issued it: "made the following announcement:", ""…", reads an AEW press
/// release", and a passive whose agent speaks ("« … » lancée par le député"). Twelfth session, from dev quotes
/// that had no speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void An_announcement_before_a_colon_speaks_for_whoever_made_it()
    {
        var speaker = Attribute("en", "Hello there. Earlier this week, an official government Twitter account made the following announcement: \"Latest update: 3,728 measles cases have been reported.\"");

        Assert.Equal(("an official government Twitter account", null), speaker);
    }

    [Theory]
    [InlineData("\"Huber was exceptionally respected\", reads an AEW press release.", "AEW")]
    [InlineData("\"We will not comply with the order\", read the statement from the union.", "the union")]
    public void A_statement_that_reads_speaks_for_its_issuer(string paragraph, string speaker)
    {
        Assert.Equal((speaker, null), Attribute("en", "Hello there. " + paragraph));
    }

    [Fact]
    public void Reads_without_a_statement_is_no_cue()
    {
        // Passes before too: "reads" is no speech verb on its own.
        Assert.Equal((null, null), Attribute("en", "Hello there. The sign says nothing. \"Keep out\" reads well in any language."));
    }

    [Theory]
    [InlineData("fr", "En 2013, un échange entre le député Dominique Dord et le ministre Bernard Cazeneuve avait attiré l'attention sur la réplique « C'est pas de votre faute ! » lancée par le député.", "Dominique Dord")]
    public void The_agent_of_a_passive_after_the_quote_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
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

/// <summary>A colon lead-in opened by a subject pronoun: the pronoun speaks, not the names after it (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Hello there. Darcy Richardson had his own opinion on the matter. He provided Wikinews with the text of a message he sent to AIP vice chairman Mark Seidenberg: \"Please let Rocky know that I will withdraw.\"", "Darcy Richardson")]
    [InlineData("fr", "Le matin. Jean Dupont a quitté le parti mardi. Il a transmis à la presse la lettre envoyée au ministre Paul Martin : « Je ne reviendrai pas. »", "Jean Dupont")]
    public void A_subject_pronoun_opening_a_colon_lead_in_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}

/// <summary>A verb of intent before a speech verb's infinitive is no part of the subject (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("L'association entend ainsi décrire une situation qui met « en péril notre système de santé ».", "l'association")]
    [InlineData("Le syndicat veut aussi rappeler que la réforme reste « une ligne rouge pour nous ».", "Le syndicat")] // passes before too
    public void The_subject_ends_before_a_verb_of_intent(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", "Le matin. " + paragraph).Speaker, ignoreCase: true);
    }
}

/// <summary>A French passive's subject is what was said, not who said it (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void The_subject_of_a_French_passive_does_not_speak()
    {
        var speaker = Attribute("fr", "Le matin. Le « oui » l'emporte. Le résultat définitif sera annoncé dans environ « 11 ou 12 jours ».").Speaker;

        // Read as a speaker before: "Le résultat définitif sera".
        Assert.False(speaker is not null && speaker.StartsWith("Le résultat", StringComparison.Ordinal), speaker);
    }

    [Theory]
    [InlineData("Jean Dupont s'est dit « très inquiet de la situation ».", "Jean Dupont")] // passes before too: a reflexive is no passive
    [InlineData("Jean Dupont est revenu sur ses propos et a déclaré : « Je regrette. »", "Jean Dupont")] // passes before too
    public void A_reflexive_or_active_verb_after_etre_keeps_its_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", "Le matin. " + paragraph).Speaker);
    }
}

/// <summary>No speaker is read out of a negated infinitive after the verb (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_negated_infinitive_after_the_verb_is_no_speaker()
    {
        var speaker = Attribute("fr", "Le matin. Vers 9h00, Benjamin Cauchy, « Gilet jaune libre » a affirmé ne pas être convaincu de la réponse du Président.").Speaker;

        // Read as a speaker before: "être convaincu de la réponse du Président".
        Assert.False(speaker is not null && speaker.Contains("convaincu", StringComparison.Ordinal), speaker);
    }
}

/// <summary>Speaker names are single-spaced whatever the article's spacing (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We are leaving,\" said Jane  Doe.", "Jane Doe")]
    [InlineData("\"We are leaving,\" said Jane\u00A0Doe.", "Jane Doe")]
    public void A_speaker_name_keeps_one_space_between_words(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", "Hello there. " + paragraph).Speaker);
    }
}

/// <summary>
/// An incise after a clause that ends the quoted sentence ("« … » quand on …, répond encore Moscovici"), and
/// "encore" after an inverted pronoun: the same person speaks again (twelfth session).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void An_incise_after_a_when_clause_names_the_speaker()
    {
        var speaker = Attribute(
            "fr",
            "Le matin. Laurent Max a offert des costumes à Pierre Moscovici.",
            "« L’apparence compte » quand on exerce une fonction publique, répond encore Moscovici à la question.").Speaker;

        Assert.Equal("Pierre Moscovici", speaker);
    }

    [Fact]
    public void A_when_clause_after_a_quote_with_no_incise_is_no_cue()
    {
        // Passes before too: "quand" opens a clause of its own; its subject does not speak the quote.
        var speaker = Attribute("fr", "Le matin. « Nous partirons demain », quand les centristes ont salué le projet.").Speaker;

        Assert.NotEqual("les centristes", speaker);
    }

    [Fact]
    public void Encore_after_an_inverted_pronoun_keeps_the_previous_speaker()
    {
        var speaker = Attribute(
            "fr",
            "Le matin. Pour Pierre Moscovici, il s'agit d'une coïncidence. « Il n’y a entre nous aucun lien d’intérêt », ajoute-t-il, tout en disant n'y être pour rien dans les contrats de M. Laurent Max avec l’Élysée. « J’ai cessé de fréquenter la maison depuis. », déclare-t-il encore.").Speaker;

        Assert.Equal("Pierre Moscovici", speaker);
    }
}

/// <summary>A relative clause without "that" between the subject and its verb (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Some of the protesters Wikinews interviewed said they had gone to \"defend their children's right to work\".", "Some of the protesters")]
    [InlineData("The residents Reuters contacted said the water was \"not safe to drink\".", "The residents")]
    public void A_name_and_past_tense_before_the_verb_are_a_relative_clause(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", "Hello there. " + paragraph).Speaker);
    }

    [Fact]
    public void A_name_right_before_the_verb_still_speaks()
    {
        // Passes before too: no past tense between the name and the verb.
        Assert.Equal("Wikinews", Attribute("en", "Hello there. Wikinews said the march was \"the largest in years\".").Speaker);
    }
}

/// <summary>A clause read as a description gives no speaker rather than a garbage one (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le matin. Le Groupe Centre France, groupant des journaux régionaux, a reçu un mail qui revendique l'incendie qui a détruit un atelier à Ussel, dans la nuit du dimanche au lundi et dans lequel est écrit « Force aux gilets jaunes ».", "a reçu")]
    [InlineData("fr", "Le matin. L'un d'eux, un Kanak âgé de 20 ans et déjà connu des services de police, a avoué le meurtre et a affirmé avoir agi ainsi en réaction « aux avances sexuelles » du septuagénaire.", "déjà connu")]
    public void Words_of_a_clause_are_no_speaker(string language, string paragraph, string clause)
    {
        // Read as speakers before: "a reçu un mail", "déjà connu des services de police".
        var article = ArticleGen.Parsing.ArticleParser.Parse($"Headline: Test\nLanguage: {language}\n\n{paragraph}");

        Assert.DoesNotContain(article.Speakers, speaker => speaker.Name.Contains(clause, StringComparison.Ordinal));
    }

    [Fact]
    public void A_leading_adverb_is_no_part_of_a_description()
    {
        var speaker = Attribute("en", "Hello there. When you complain, now the seller says \"just because you did that I will not fix it\".").Speaker;

        Assert.Equal("the seller", speaker);
    }
}

/// <summary>Checks added on the session's second read of its own rules.</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"The roads were empty,\" said a taxi driver.", "a taxi driver")] // passes before too: "a" + a word in -i is French only
    [InlineData("\"The snow came early,\" said a ski instructor.", "a ski instructor")] // passes before too
    public void An_English_description_after_a_is_kept(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", "Hello there. " + paragraph).Speaker);
    }

    [Fact]
    public void An_impersonal_il_opening_a_colon_lead_in_does_not_speak()
    {
        var speaker = Attribute("fr", "Le matin. Jean Dupont a quitté le parti. Il y a deux ans, le maire Paul Martin recevait ses adjoints à la mairie : « Je ne reviendrai pas. »").Speaker;

        Assert.Equal("Paul Martin", speaker);
    }
}

/// <summary>An English characterising passive: who is characterised does not speak (twelfth session, on its second read).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Miles Davis changed music for ever. He has long been called \"a national treasure\" in the United States.")] // passes before too: a shorter fragment, no fallback
    [InlineData("Miles Davis changed music for ever. He was often described as \"a restless genius\" in those years.")]
    public void The_subject_of_an_English_characterising_passive_does_not_speak(string paragraph)
    {
        var article = ArticleGen.Parsing.ArticleParser.Parse("Headline: Test\nLanguage: en\n\nHello there. " + paragraph);

        Assert.DoesNotContain(article.Quotes, quote => quote.SpeakerIndex >= 0 && article.Speakers[quote.SpeakerIndex].Name == "Miles Davis");
    }
}
