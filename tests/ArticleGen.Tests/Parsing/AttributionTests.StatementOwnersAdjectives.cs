namespace ArticleGenTests.Parsing;

/// <summary>
/// A statement's owner keeps the adjectives that follow its noun (twenty-sixth session, a dev miss): "un communiqué de l'armée
/// kurde" speaks for "l'armée kurde", not for "l'armée" (in an article where the Iraqi army is the other side). An English
/// owner's possessive may be followed by capitalised words before the statement noun ("Stephen Harper's Christmas message"), and a
/// body's noun before it owns it ("The army statement said" → "The army").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Nous appelons tous les habitants à rester chez eux », a déclaré un communiqué de l'armée libanaise.", "l'armée libanaise")]
    [InlineData("Selon un communiqué du ministère public fédéral, « les deux suspects ont été remis en liberté ».", "ministère public fédéral")]
    [InlineData("« Nous ne céderons pas », a indiqué le communiqué de l’armée.", "l’armée")]
    public void A_statement_s_owner_keeps_its_adjectives(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Prime Minister Anna Lind's Christmas message noted that \"our soldiers abroad are the best of us.\"")]
    [InlineData("Prime Minister Anna Lind's New Year message said \"our soldiers abroad are the best of us.\"")]
    public void An_owner_s_statement_with_capitalised_words_before_its_noun_is_theirs(string paragraph)
    {
        Assert.Equal("Anna Lind", Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("The army statement said \"the situation is under control in all regions\".", "The army")]
    [InlineData("The government statement announced the death \"with great sorrow to the whole nation\".", "The government")]
    public void A_body_s_noun_before_a_statement_noun_owns_it(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
