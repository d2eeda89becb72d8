namespace ArticleGenTests.Parsing;

/// <summary>
/// A social-media handle alone before a colon ("@melderomerAV: "…"") is who wrote the quoted post; a French negation opening a
/// sentence ("Ne connaissant aucun acteur, ils …") is no name. Found in the twentieth session on the Global Voices dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("@melderomerAV: \"I have found it convenient to erase all the laws, practices and customs of the Kingdoms\" #25abril", "@melderomerAV")]
    [InlineData("@Ingridlafita: “Old songs and new emotions, let's get inspired this day” #25abril", "@Ingridlafita")]
    public void A_handle_before_a_colon_wrote_the_post(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", "Some of the reactions on Twitter:", paragraph).Speaker);
    }

    [Fact]
    public void A_negation_opening_a_french_sentence_is_no_name()
    {
        var speaker = Attribute(
            "fr",
            "Le magazine Première ne comprend pas le succès du film. Ne connaissant aucun acteur, ils se permettent alors d’écrire « cette comédie au pitch classique et sans tête d’affiche ».").Speaker;
        Assert.NotEqual("Ne", speaker);
    }
}
