namespace ArticleGenTests.Parsing;

/// <summary>
/// Sports and feature copy writes "« … », a savouré l'entraîneur" and ""…," beamed the coach": ways of saying, listed with the
/// other manners of speech (twenty-seventh session; such quotes had no speaker, found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Mes joueurs ont été héroïques », a savouré l'entraîneur Yann Le Bihan après le match.", "Yann Le Bihan")]
    [InlineData("fr", "« Ce n'est qu'un match », relativise le capitaine Paul Morin.", "Paul Morin")]
    [InlineData("en", "\"It was a perfect day,\" beamed coach Tom Reed.", "Tom Reed")]
    [InlineData("en", "\"It was a perfect day,\" enthused Tom Reed, the club's coach.", "Tom Reed")]
    public void Savouring_and_beaming_are_ways_of_saying(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }
}
