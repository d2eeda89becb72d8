namespace ArticleGenTests.Parsing;

/// <summary>
/// "sans" between two capitalised words is inside an organisation's name, as English text writes it ("Medecins sans
/// Frontieres (MSF) said"), not where a description ends. Found in the nineteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Ebola spreads in Liberia.", "Medecins sans Frontieres (MSF) said the health system in Liberia was \"falling apart\".", "Medecins sans Frontieres")]
    [InlineData("fr", "Le virus progresse.", "« La situation est hors de contrôle », a déclaré Reporters sans Frontières.", "Reporters sans Frontières")]
    public void Sans_between_capitalised_words_is_inside_the_name(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
