namespace ArticleGenTests.Parsing;

/// <summary>
/// A pronoun whose verb adds to what was just said ("it added", "a-t-elle ajouté", "he continued") right after a quote of
/// the same paragraph that named its speaker: that speaker goes on. Found in the fourteenth session on a new dev batch
/// ("it" passed over the acronym "KCNA" to a country named a paragraph before).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "North Korea and South Korea exchanged artillery fire yesterday.", "\"War maniacs made another grave provocation\", said KCNA. \"Foolhardy provocation deserves harsh punishment\", it added.", "KCNA")]
    [InlineData("en", "Acme Corporation and Bolt Industries both lost plants in the flood.", "\"We will rebuild the plant,\" said NTSB. \"Production will resume in May,\" it continued.", "NTSB")]
    [InlineData("fr", "La Corée du Nord et la Corée du Sud ont échangé des tirs.", "« Les provocations sont graves », a affirmé l'agence KCNA. « Elles seront punies », a-t-elle ajouté.", "KCNA")]
    public void A_pronoun_that_adds_right_after_a_quote_is_that_quotes_speaker(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void A_pronoun_that_adds_after_another_sentence_about_someone_else_is_not_forced_onto_the_quote_before()
    {
        // (Passes before too.) The quote before is in another paragraph: the pronoun is resolved as before.
        Assert.Equal("Mark Brown", Attribute(
            "en",
            "\"We will rebuild,\" said Jane Smith.",
            "Her deputy, Mark Brown, spoke later. \"Production will resume in May,\" he added.").Speaker);
    }

    [Fact]
    public void A_pronoun_that_adds_after_a_long_incise_is_that_incises_speaker()
    {
        // Sixteenth session: the incise between the two quotes ran past 60 characters, and "he" took the place it names.
        Assert.Equal("John Bracewell", Attribute(
            "en",
            "\"It's just history repeating itself\", said former New Zealand coach and former test player John Bracewell.  \"They just have a set of lines. It's just repetitious\", he went on to say.").Speaker);
    }

    [Fact]
    public void A_pronoun_that_adds_after_another_sentence_between_is_not_forced_onto_the_quote_before()
    {
        // (Passes before too.) A second sentence between the quotes, about someone else: the pronoun is resolved as before.
        Assert.Equal("Mark Brown", Attribute(
            "en",
            "\"We will rebuild,\" said Jane Smith. Her deputy, Mark Brown, spoke later. \"Production will resume in May,\" he added.").Speaker);
    }
}
