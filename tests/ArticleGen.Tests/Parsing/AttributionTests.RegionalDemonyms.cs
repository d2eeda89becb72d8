namespace ArticleGenTests.Parsing;

/// <summary>
/// A French noun of a region's people alone after "le"/"la" ("raconte la Savoyarde", "a souri le Breton") stands, as a
/// nation's does ("le Portugais"), for the person the sentences before are about (twenty-eighth session; the word itself had
/// been given, found on the second blind everyday probes). Known by its ending; a newspaper written with its article ("Le
/// Parisien") keeps its name.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "La cycliste Justine Perrot revient sur sa chute. « Mon casque m'a sauvé la vie », raconte la Savoyarde, qui a repris l'entraînement.", "Justine Perrot")]
    [InlineData("fr", "Le skieur Paul Martin revient sur sa chute. « J'ai eu de la chance », a souri le Breton.", "Paul Martin")]
    public void A_regional_demonym_alone_stands_for_the_person_named_before(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_newspaper_written_with_its_article_keeps_its_name()
    {
        // (Passes before too: the guard.)
        Assert.Equal("Le Parisien", Attribute("fr", "Le maire Paul Martin a démissionné. « Il n'avait plus le choix », rapporte Le Parisien.").Speaker);
    }
}
