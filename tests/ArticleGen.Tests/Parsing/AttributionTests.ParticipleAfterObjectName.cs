namespace ArticleGenTests.Parsing;

/// <summary>
/// "He also addressed critics of his foreign policy agenda, such as former Vice President Dick Cheney saying, "…"": a speech
/// verb's participle right after a name that a word before it governs, with no comma, speaks with the sentence's subject, as
/// after a comma; the name is what is addressed (thirty-first session: in dev, nine of ten such names were not the speaker).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Governor Ann Cole spoke for an hour on Tuesday. She also addressed critics of her budget, such as former Senator Sam Pike saying, \"Let's put aside the taunts about who is tough.\"", "Ann Cole")]
    [InlineData("The Left Party of Lund released a statement boycotting next year's Eurovision saying, \"We think it is vital to do everything we can.\"", "Left Party of Lund")]
    public void A_participle_after_a_governed_name_speaks_with_the_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void Not_a_name_that_is_its_own_clauses_subject()
    {
        // (Passes before too: "with X and Y calling" and an unclosed aside before the verb keep their own readings.)
        Assert.Equal("Ross Spano", Attribute("en",
            "Republicans attacked the inquiry, with Steve Scalise of Louisiana calling it \"Soviet-style\" and Ross Spano of Florida calling the process \"a blatant and obvious coup to unseat a sitting president\".").Speaker);
        Assert.Equal("Leo Varadkar", Attribute("en",
            "On June 19, Irish Taoiseach Leo Varadkar, who is the country's first openly-gay Taoiseach addressed the Dáil saying, \"Today I want to pay tribute to the unknown heroes.\"").Speaker);
    }
}
