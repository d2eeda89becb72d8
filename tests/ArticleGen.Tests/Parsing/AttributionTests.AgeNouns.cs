namespace ArticleGenTests.Parsing;

/// <summary>
/// "l'adolescent", "the octogenarian": nouns of an age refer back as "le quinquagénaire" and "the 67-year-old" do (thirty-second
/// session, from the whole-article probe set, tuning half: "souffle l'adolescent" after "Lucas, 17 ans" stayed a description).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Parmi les manifestants, Lucas, 17 ans, élève de terminale, ne cache pas son inquiétude. « Je veux faire une prépa scientifique. Sans les maths, mon dossier est mort », souffle l'adolescent.", "Lucas")]
    [InlineData("en", "Margaret Hollis, 84, has lived on the street for sixty years. \"We were never warned about the flooding,\" the octogenarian said.", "Margaret Hollis")]
    public void A_noun_of_an_age_refers_back(string language, string paragraph, string expected)
    {
        Assert.Equal(expected, Attribute(language, paragraph).Speaker);
    }
}
