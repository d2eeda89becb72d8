namespace ArticleGenTests.Parsing;

/// <summary>
/// "the company", "l'entreprise": with no organisation the article gave that kind, the organisation the sentences before are
/// about speaks, as "it" would find it, never a person. Found in the twenty-first session on the agency-style probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Meridian Rail pleaded guilty to breaching health and safety law. \"We accept full responsibility and have since installed additional sensors,\" the company said.", "Meridian Rail")]
    [InlineData("fr", "Eaux de Savoie a coupé l'eau potable dans trois communes. « Les analyses de contrôle seront connues mercredi », a indiqué l'entreprise.", "Eaux de Savoie")]
    public void A_company_described_by_its_kind_is_the_organisation_before(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_person_before_is_no_company()
    {
        // (Passes before too: the guard.)
        Assert.Equal("the company", Attribute("en", "Tom Ellery pleaded guilty to breaching health and safety law. \"We accept full responsibility,\" the company said.").Speaker);
    }
}
