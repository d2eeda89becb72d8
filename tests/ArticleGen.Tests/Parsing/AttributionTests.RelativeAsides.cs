namespace ArticleGenTests.Parsing;

/// <summary>
/// A description with a relative clause set between commas, "The neighbour, who asked not to be named, said": the clause is an
/// aside; its verb is not the subject's and its "who" is no part of the speaker (twenty-seventh session; "The suspect's
/// neighbour, who" had been given, and "she" after such a sentence found no one).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The suspect's neighbour, who declined to be named, described him as \"quiet and polite.\"")]
    [InlineData("The suspect's neighbour, who refused to comment further, said: \"He was quiet and polite.\"")]
    [InlineData("The suspect's neighbour, who asked not to be named, said: \"He was quiet and polite.\"")]
    public void A_possessive_description_before_a_relative_aside_is_the_speaker_without_the_aside(string text)
    {
        Assert.Equal("The suspect's neighbour", Attribute("en", text).Speaker);
    }

    [Theory]
    [InlineData("en", "The neighbour, who asked not to be named, said the man was quiet. \"He was always polite,\" she said.", "The neighbour")]
    [InlineData("fr", "La voisine, qui a demandé à ne pas être nommée, a déclaré que l'homme était discret. « Il était toujours poli », a-t-elle ajouté.", "La voisine")]
    public void A_pronoun_after_a_description_that_spoke_past_its_relative_aside_stands_for_it(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }
}
