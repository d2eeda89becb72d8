namespace ArticleGenTests.Parsing;

/// <summary>
/// More offices a later description finds their holder by (lawyers, prosecutors, rectors, prefects, coaches), and
/// English descriptions of three words ("the chief executive"). Found in the ninth session on a second set of
/// agency-style probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "La présidente de la fédération, Christine Mugnier, et la rectrice de l'académie de Grenoble, Odile Berthaud, se sont affrontées lundi.", "« Aucune école ne fermera à la rentrée », a martelé la rectrice.", "Odile Berthaud")]
    [InlineData("fr", "Le procureur de la République de Lyon, Nicolas Jacquet, a ouvert une enquête.", "« Toutes les pistes sont explorées », a indiqué le procureur.", "Nicolas Jacquet")]
    [InlineData("en", "The chief executive of Harbour Water, Simon Caldwell, has apologised after the spill.", "Appearing before MPs, the chief executive said it was \"a pump failure that should never have happened\".", "Simon Caldwell")]
    public void A_description_by_an_office_finds_the_person_given_it_before(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void The_chief_of_another_office_is_not_the_holder_of_the_noun_alone()
    {
        // (Passes before too.) "the prime minister" is left as written: only "chief", "former", "outgoing" and "new"
        // before the office noun point back at its holder.
        Assert.Equal("the prime minister", Attribute(
            "en",
            "Health minister Jo Kaul visited the hospital. The minister, Jo Kaul, was booed.",
            "\"We will not give in,\" the prime minister said.").Speaker);
    }
}
