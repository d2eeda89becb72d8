namespace ArticleGenTests.Parsing;

/// <summary>
/// An elected office and the place it represents ("le député de Seine-Saint-Denis", "l'élue du Cantal") names again the member
/// just quoted, as an epithet does; an epithet that a pronoun's sentence opens on ("Le député … a dénoncé …. « … », a-t-il
/// affirmé") stands for that member too (twenty-ninth session, from the whole-article probe set, tuning half).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« C'est une loi de punition sociale », a fustigé Karim Belhadj, président du groupe Gauche sociale.", "Le député de Seine-Saint-Denis a également dénoncé le recours au vote bloqué. « On a empêché le Parlement de faire son travail », a-t-il affirmé.", "Karim Belhadj")]
    [InlineData("Pour sa vice-présidente, Géraldine Fourcade, la réforme « va dans le bon sens ».", "« Nous avons voté pour éviter le blocage du pays », a précisé l'élue du Cantal.", "Géraldine Fourcade")]
    public void An_elected_office_and_its_place_name_the_member_again(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }

    [Theory]
    [InlineData("Le maire, Jean Dupuis, a quitté la salle.", "« C'est un déni de démocratie », a lancé le président de la Fédération des commerçants.", "Jean Dupuis")] // passes before too: a complement that is no place of an elected office
    [InlineData("Jean Dupuis a quitté la salle.", "« C'est un déni de démocratie », a lancé le maire de la commune voisine.", "Jean Dupuis")] // passes before too: lower-case words after the link
    public void Other_offices_with_a_complement_introduce_someone(string first, string second, string notTheSpeaker)
    {
        Assert.NotEqual(notTheSpeaker, Attribute("fr", first, second).Speaker);
    }
}
