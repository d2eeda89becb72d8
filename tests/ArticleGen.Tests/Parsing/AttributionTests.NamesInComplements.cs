namespace ArticleGenTests.Parsing;

/// <summary>
/// A description after the speech verb keeps a complement's name of two words or more whole: "said a spokeswoman for the
/// Home Office" gave "Office" (its first word read as the description's, the rest as a person), "said the mother of Jean
/// Dupont" gave "Dupont". A person's name running on after the complement's noun is still the person ("le ministre de
/// l'Intérieur Christophe Castaner"). Thirty-third session, from a battery of news shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"We do not comment on individual cases,\" said a spokeswoman for the Home Office.", "a spokeswoman for the Home Office")]
    [InlineData("en", "\"We do not comment,\" said a spokesman for the Foreign Office in London.", "a spokesman for the Foreign Office")]
    [InlineData("en", "\"We are saddened,\" said the mother of Jean Dupont.", "the mother of Jean Dupont")]
    [InlineData("fr", "« C'est fini », a déclaré le ministre de l'Intérieur Christophe Castaner.", "Christophe Castaner")] // passes before too
    [InlineData("en", "\"It is over,\" said the head of the Red Cross, John Smith.", "John Smith")] // passes before too
    public void A_name_in_a_descriptions_complement_stays_whole(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
