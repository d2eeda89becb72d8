namespace ArticleGenTests.Parsing;

/// <summary>
/// In French agency copy one noun after "le"/"la"/"l'" names the person just named ("le prévenu", "l'urgentiste"), unless it is
/// an office ("le maire", whom the article may not have named), a relative or a category a new person is introduced by
/// ("la mère", "le témoin"). Found in the twenty-first session on the agency-style probes (agency-2 and agency-unseen, tuning
/// sets); English one-noun descriptions ("the label", "the country") are left as they were: bodies and places as often.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Le tribunal a entendu jeudi Yannick Cadiou, ancien trésorier de l'association.", "« Je n'ai jamais mis un centime dans ma poche », a assuré le prévenu.", "Yannick Cadiou")]
    [InlineData("Pour le docteur Samuel Ortega, chef du service, la décision était « inévitable ».", "« Nous tournons à trois praticiens pour un planning qui en nécessite neuf », souligne l’urgentiste.", "Samuel Ortega")]
    public void One_noun_after_a_french_article_names_the_person_just_named(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }

    [Theory]
    // (Both pass before too: the guards.)
    [InlineData("Le tribunal a entendu jeudi Yannick Cadiou, ancien trésorier de l'association.", "« Nous sommes soulagés », a déclaré le maire.", "le maire")]
    [InlineData("Le tribunal a entendu jeudi Yannick Cadiou, ancien trésorier de l'association.", "« Il n'a rien fait », a déclaré le témoin.", "le témoin")]
    public void An_office_or_a_new_person_s_category_stays_a_description(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }
}
