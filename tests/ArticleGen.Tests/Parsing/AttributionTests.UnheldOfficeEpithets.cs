namespace ArticleGenTests.Parsing;

/// <summary>
/// A French office's noun alone that no one in the article holds ("le sélectionneur", "le président") stands, as another
/// epithet does, for the person the sentences before are about: "Didier Deschamps a fait tourner. « … », a expliqué le
/// sélectionneur". Office nouns were never epithets, so that a title someone holds finds its holder; now they are when no one
/// does, and when the article did not write the noun before ("Selon le maire, Jean Dupont a menti": that guard is in
/// AttributionTests.References). Thirty-third session, from a battery of French news shapes; dev unchanged, the whole-article
/// probe sets +1 each.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Didier Deschamps a fait tourner.", "« C'était prévu », a expliqué le sélectionneur.", "Didier Deschamps")]
    [InlineData("Emmanuel Macron était à Marseille jeudi.", "« Marseille en grand », a lancé le président.", "Emmanuel Macron")]
    [InlineData("Didier Deschamps a fait tourner.", "« C'était prévu », a expliqué le technicien.", "Didier Deschamps")] // passes before too
    public void An_office_no_one_holds_refers_back_as_an_epithet(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }

    [Fact]
    public void An_office_someone_holds_still_names_its_holder()
    {
        // passes before too: the title's holder, not the person the sentence before is about.
        Assert.Equal("Jean Martin", Attribute("fr", "Le président du club, Jean Martin, a parlé avant le match.", "Paul Durand a marqué deux buts.", "« C'était prévu », a expliqué le président.").Speaker);
    }
}
