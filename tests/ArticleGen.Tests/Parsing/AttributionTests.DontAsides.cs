namespace ArticleGenTests.Parsing;

/// <summary>
/// A relative aside that "dont" or "whose" opens between a subject and its verb ("Le ministère de l'Économie, dont dépend le
/// tourisme, juge …") is about the subject; its inverted clause ("dépend le tourisme") had been taken for the speaker
/// (twenty-ninth session, from the whole-article probe set, tuning half; dev +1: "whose province").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le ministère de l'Économie, dont dépend le tourisme, juge le calendrier « difficilement compatible avec les réalités ».", "Le ministère de l'Économie")]
    [InlineData("fr", "Le ministère de l'Économie, dont dépend le tourisme, dit dans sa réponse partager le diagnostic, mais juge le calendrier « difficilement compatible avec les réalités ».", "Le ministère de l'Économie")]
    [InlineData("en", "Governor Ana Ruiz, whose province passed the law first, said the measure was \"a model for the whole country\".", "Ana Ruiz")] // passes before too
    public void A_relative_aside_opened_by_dont_is_about_the_subject(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
