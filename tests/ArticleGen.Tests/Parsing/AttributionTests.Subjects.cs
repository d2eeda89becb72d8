namespace ArticleGenTests.Parsing;

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

    // Thirteenth session: a clause joined by "et" that opens on an object pronoun and its auxiliary has no subject of its
    // own ("les ont agité" had been the speaker); the sentence's subject speaks.
    [Fact]
    public void A_coordinated_clause_opening_on_an_object_pronoun_speaks_with_the_sentence_s_subject()
    {
        Assert.Equal("des Gilets jaunes", Attribute(
            "fr", "Le soir. Vers 23h00, sur les Champs-Élysées, des Gilets jaunes ont distribué des ballons jaunes et les ont agité en criant « Macron démission ».").Speaker);
    }
}
