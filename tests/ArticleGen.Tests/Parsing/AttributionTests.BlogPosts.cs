namespace ArticleGenTests.Parsing;

/// <summary>
/// Constructions of blog posts and reports found in the twenty-first session on Global Voices dev posts (May 2012): a
/// pronoun's incise inside the quoted sentence, contractions and counted units that name no one, "are"/"were" and a
/// present tense ending a subject, an adverb before a plural subject's verb, a speech verb's -s form used as a noun, and
/// verbs of holding a view.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    // "Twitter" had been the antecedent: the words before the incise are what was said.
    [InlineData("Aleksandr Khinshtein wrote a letter to the prosecutor. Twitter and Facebook, he argued, \"have effectively transformed into an instrument to coordinate the actions of extremists.\"", "Aleksandr Khinshtein")]
    // "Euros": a capitalised word after a number is a unit or a currency.
    [InlineData("Mari Ángeles retired a year ago. Her pension doesn't even reach 500 Euros free of taxes. \"My son is at the strike,\" she explained.", "Mari Ángeles")]
    // "We’ve": a pronoun's contraction opening a sentence.
    [InlineData("Nadine Smith wrote about her mother. We’ve had our share of ups and downs. She also took time to acknowledge \"all the mothers, mothers-to-be, grandmothers and greats\".", "Nadine Smith")]
    public void A_pronoun_passes_over_words_that_name_no_one(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Conventional doctors are not so convinced and are concerned about the practice, saying that \"the scientific safety should not be set aside\".", "Conventional doctors")]
    [InlineData("Several members immediately posted anti-Semitic comments, complaining, for example, \"You know, his face annoys me.\"", "Several members")]
    [InlineData("Globewriter applauds the contribution of Senator Corinne Baptiste-McKnight, saying: \"Give that woman an award!\"", "Globewriter")]
    [InlineData("Odessablogger - who believes that \"the football is the wrong stick to hit Ukraine with\" - recounted some of the examples.", "Odessablogger")]
    public void The_subject_of_a_participle_or_of_a_view_ends_at_its_verb(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void A_speech_verb_s_form_after_a_preposition_is_a_noun()
    {
        // "including" had been read as the subject of "claims".
        Assert.NotEqual("including", Attribute("en", "The group shared posts, including claims that \"Moscow is out of control.\"").Speaker);
    }
}
