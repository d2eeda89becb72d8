namespace ArticleGenTests.Parsing;

/// <summary>
/// "Le pronostic vital du jeune homme est engagé, a indiqué une source policière, qui évoque « … »": a relative after an
/// inverted incise inside its clause speaks for the incise's subject, not for the clause's (thirty-second session, from the
/// agency probe set: "Le pronostic vital du jeune homme" was the speaker). A name there was read right before too.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le pronostic vital du jeune homme est engagé, a indiqué une source policière, qui évoque un possible « règlement de comptes sur fond de trafic de stupéfiants ».", "une source policière")]
    [InlineData("en", "The road will stay closed until Monday, said a council spokesman, who called the damage \"far worse than anyone expected\".", "a council spokesman")]
    [InlineData("fr", "Le pronostic vital est engagé, a indiqué le procureur Jean Martin, qui évoque un possible « règlement de comptes sur fond de trafic ».", "Jean Martin")] // passes before too
    public void A_relative_after_an_inverted_incise_speaks_for_its_subject(string language, string paragraph, string expected)
    {
        Assert.Equal(expected, Attribute(language, paragraph).Speaker);
    }
}
