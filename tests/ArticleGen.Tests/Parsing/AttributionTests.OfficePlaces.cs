namespace ArticleGenTests.Parsing;

/// <summary>
/// A capitalised title, the office's place after "des"/"du"/"of", then the person: "Le Président des États-Unis Donald
/// Trump" is Donald Trump, not "des États-Unis Donald Trump" (found in the fifteenth session on a new French dev batch).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Le Président des États-Unis Donald Trump a annoncé sa réforme fiscale. « Nous ferons une annonce importante mercredi », a-t-il affirmé.", "Donald Trump")]
    [InlineData("« Nous ferons une annonce importante mercredi », a affirmé le Président des États-Unis Donald Trump.", "Donald Trump")]
    [InlineData("« Le texte sera examiné la semaine prochaine », a affirmé le Président du Sénat Gérard Larcher.", "Gérard Larcher")] // (passed before too)
    [InlineData("« Nous restons prudents », a affirmé le Ministre des Affaires Étrangères Jean-Yves Le Drian.", "Jean-Yves Le Drian")]
    public void A_capitalised_title_and_its_place_are_no_part_of_the_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Fact]
    public void A_particle_surname_keeps_its_particle()
    {
        // (Passes before too.) Fewer than three capitalised words after the particle: a surname, not an office's place.
        Assert.Equal("Staffan de Mistura", Attribute("fr", "« Nous viendrons », a déclaré Staffan de Mistura.").Speaker);
    }
}
