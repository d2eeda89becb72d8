namespace ArticleGenTests.Parsing;

/// <summary>
/// A person named by age stands for the person named before: also in French with an age complement ("le coureur de 21
/// ans"), and also when the description is the subject of the quote's own sentence ("In a post on Instagram, the
/// 38-year-old wrote: "…""), where the sentence had been read up to the quote and given the description back. Found in the
/// twenty-first session on the agency-style probes (constructions-agency-unseen, a tuning set since the nineteenth).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Actor Tom Ellery has pulled out of a West End revival, citing personal reasons.", "In a post on Instagram, the 38-year-old wrote: \"I'm heartbroken to step away from a company I love.\"", "Tom Ellery")]
    [InlineData("fr", "Le coureur Killian Le Bihan a été repris à 800 mètres de l'arrivée, jeudi.", "« J'y ai cru jusqu'à la flamme rouge », a confié le coureur de 21 ans, la voix nouée.", "Killian Le Bihan")]
    [InlineData("fr", "L'orchestre a recruté Antoine Béraud comme premier violon.", "« Je connais cet orchestre depuis mes années d'étudiant », confie l'ingénieur de 35 ans.", "Antoine Béraud")]
    public void A_person_named_by_age_stands_for_the_person_named_before(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void A_description_with_a_place_complement_is_no_age()
    {
        // (Passes before too: the guard.) "le maire de Quimperlé" introduces someone; it refers back to no one.
        Assert.Equal("le maire de Quimperlé", Attribute("fr", "Killian Le Bihan a été repris jeudi.", "« Nous viendrons », a confié le maire de Quimperlé.").Speaker);
    }
}
