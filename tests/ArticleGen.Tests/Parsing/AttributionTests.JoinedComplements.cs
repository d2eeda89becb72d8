namespace ArticleGenTests.Parsing;

/// <summary>
/// A French organisation's name whose complement joins two nouns with "et" ("la Direction des examens et concours") runs to
/// the second noun. Found in the eighteenth session on dev: the name stopped at "et" and the lone "concours" was taken as
/// the speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_french_organisation_name_runs_on_over_et_between_two_nouns_of_its_complement()
    {
        Assert.Equal("Direction des examens et concours", Attribute(
            "fr",
            "Le 5 juillet dernier, les autorités avaient révélé le taux de réussite. La Direction des examens et concours avait alors donné la même explication, « cette année on n’a pas du tout racheté » et avertissait qu'il fallait « prendre conscience de la nécessité de comprendre que le niveau baisse. »").Speaker);
        Assert.Equal("Direction des examens et concours", Attribute("fr", "« On est resté ferme sur ce que les textes disent », a déclaré la Direction des examens et concours.").Speaker);
    }

    [Fact]
    public void Et_before_a_determiner_still_coordinates_two_subjects()
    {
        // (Passes before too: the guard.) "et le ministère" is a second subject, not part of the first name.
        Assert.Equal("Direction des examens", Attribute("fr", "« On est resté ferme sur ce que les textes disent », a déclaré la Direction des examens et le ministère.").Speaker);
    }
}
