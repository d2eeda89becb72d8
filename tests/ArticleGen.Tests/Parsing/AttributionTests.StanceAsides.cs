namespace ArticleGenTests.Parsing;

/// <summary>
/// "Gérald Darmanin, de son côté, a condamné « … »", "X, lui aussi, a …", "X, for his part, condemned": an aside on the
/// speaker's stance between the name and its verb is no apposition, so it is no role. Before, the speaker's role was "de son
/// côté" or "lui aussi". (A stressed pronoun alone, "Mbappé, lui, reste prudent", stays as it was: stripping it too took dev
/// quotes from their speakers.) Found in the thirty-fifth session by a battery of French passages.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Gérald Darmanin, de son côté, a condamné « des violences totalement inadmissibles ».", "Gérald Darmanin", null)]
    [InlineData("fr", "Gérald Darmanin, lui aussi, a condamné « des violences totalement inadmissibles ».", "Gérald Darmanin", null)]
    [InlineData("fr", "Le ministre, Gérald Darmanin, de son côté, a condamné « des violences totalement inadmissibles ».", "Gérald Darmanin", "ministre")]
    // (The English case passed before too: a guard.)
    [InlineData("en", "Gerald Darmanin, for his part, condemned \"totally unacceptable violence\".", "Gerald Darmanin", null)]
    public void A_stance_aside_after_the_name_is_no_role(string language, string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute(language, paragraph));
    }
}
