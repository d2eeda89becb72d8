namespace ArticleGenTests.Parsing;

/// <summary>
/// "« … », a estimé la ministre sur France Inter", ""…," the minister told John Smith": the name after the office and a
/// preposition or a speech verb was noted as the office's holder (the rule for "la sénatrice écologiste Hélène Marchetti",
/// an office, its adjective, the person, took the preposition or the verb for the adjective), so the description gave the
/// radio or the listener. Thirty-third session, from a battery of news shapes written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Il faut agir vite », a estimé la ministre sur France Inter.", "la ministre")]
    [InlineData("fr", "« Il faut agir vite », a estimé la ministre à France Inter.", "la ministre")]
    [InlineData("en", "\"We must act fast,\" the minister told John Smith.", "the minister")]
    [InlineData("en", "\"We must act fast,\" the engineer told John Smith.", "the engineer")] // passes before too
    public void A_name_after_an_office_and_a_preposition_or_verb_holds_no_office(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void An_office_its_adjective_and_a_name_still_name_the_holder()
    {
        // passes before too
        Assert.Equal("Hélène Marchetti", Attribute("fr", "La sénatrice écologiste Hélène Marchetti est furieuse. « Il faut agir vite », a estimé la sénatrice.").Speaker);
    }
}
