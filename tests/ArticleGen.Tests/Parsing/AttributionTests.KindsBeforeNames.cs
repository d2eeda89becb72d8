namespace ArticleGenTests.Parsing;

/// <summary>
/// An organisation's kind given before its name as an acronym ("L'ONG Terres Vivantes") or with a complement ("le fabricant de
/// jouets Ludomax") is noted as that kind, so "l'organisation", "l'entreprise" later name it (thirty-second session, from the
/// standalone-quote probe set: both gave the description itself). A person's name after such words is no organisation.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("L'ONG Terres Vivantes a publié mardi un rapport accablant sur la déforestation.", "« Nos images satellites sont publiques », a affirmé l'organisation.", "Terres Vivantes")]
    [InlineData("Le fabricant de jouets Ludomax a annoncé la suppression de 140 emplois.", "« Ce plan est douloureux mais indispensable », a indiqué l'entreprise.", "Ludomax")]
    [InlineData("Le fabricant de vélos électriques Arvor Mobilité a été placé mercredi en redressement judiciaire.", "« Nos carnets de commandes restent solides », assure l'entreprise.", "Arvor Mobilité")]
    public void A_kinds_noun_as_an_acronym_or_with_a_complement_names_the_organisation(string first, string second, string expected)
    {
        Assert.Equal(expected, Attribute("fr", first, second).Speaker);
    }

    [Fact]
    public void An_english_ngo_given_as_an_acronym_is_the_organisation()
    {
        Assert.Equal("Clean Water Partners", Attribute(
            "en",
            "The NGO Clean Water Partners opened twelve new wells in the district last year.",
            "\"Every well we open is used within a day,\" the organisation said.").Speaker);
    }

    [Fact]
    public void A_persons_name_after_a_kinds_complement_is_no_organisation()
    {
        // (Passes before too: a guard for the complement rule.)
        Assert.NotEqual("Marie Dupont", Attribute(
            "fr",
            "La présidente de l'association de quartier Marie Dupont a rencontré le maire.",
            "Le maire Paul Girard a promis des travaux. « Le dossier avance », a assuré l'association.").Speaker);
    }
}
