using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// "François de Rugy, ministre de la Transition écologique, est « agréablement surpris » du succès de cette pétition qui « est
/// peut-être aussi une réplique … »": a partial quote with no cue and no earlier speaker to continue is the words of the person
/// its sentence is about, when that person is its subject (thirty-first session: the largest kind of dev error, a partial quote
/// given no speaker).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "En octobre, une vidéo montrait Donald Trump se vantant « de pouvoir tout se permettre avec les femmes ».", "Donald Trump")]
    [InlineData("fr", "Face à la « France en colère » de Paul Drouin « qui veut tout casser », Julie Marceau, « la modérée », veut créer son parti « la seule issue vraiment possible » car elle ne veut pas rejoindre une liste.", "Julie Marceau")]
    [InlineData("en", "In May, footage showed Mayor Tom Reilly mocking \"the people who voted for the other side\" at a fundraiser.", "Tom Reilly")]
    public void A_partial_quote_with_no_cue_is_its_sentence_subjects(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Not_a_person_after_a_preposition()
    {
        // "Ces cadeaux ont été faits à M. Moscovici par Laurent Max, négociant et « fournisseur de … »": the sentence is about
        // neither man, so the apposed description is nobody's words. (Passes before too: it guards the preposition test.)
        Assert.Null(Attribute("fr", "Ces cadeaux ont été faits à M. Dumas par Laurent Vix, négociant en vins et « fournisseur de l'Élysée et de Matignon ».").Speaker);
    }

    [Fact]
    public void Not_a_body_or_a_short_scare_quote()
    {
        // (Passes before too: a subject with no gender, a body, gets nothing; a quote of three words stays a scare quote,
        // skipped, as the sentence's subject is not said to have said it.)
        Assert.Null(Attribute("en", "The Harbour Trust wants the pier rebuilt to \"the standard of the original Victorian design\".").Speaker);
        Assert.Empty(ArticleParser.Parse("Headline: Test\nLanguage: en\n\nSenator Laura Finch voted against the \"very bad deal\" on Monday.").Quotes);
    }
}
