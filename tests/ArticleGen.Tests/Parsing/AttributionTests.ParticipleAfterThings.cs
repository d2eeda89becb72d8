namespace ArticleGenTests.Parsing;

/// <summary>
/// "Hugo Chavez sent his good wishes during his weekly broadcast saying "…"": a participle after a noun phrase speaks for that
/// phrase only when it names people ("the protesters chanting"); after a thing the subject did or owns, the sentence's subject
/// speaks (thirty-first session: dev gave "his weekly broadcast" and "the country").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Venezuelan president Hugo Ramos sent his good wishes during his weekly broadcast saying \"A hug for you, friend and comrade.\"", "Hugo Ramos")]
    [InlineData("en", "On Saturday, President Laurent Koffi ordered the foreign peacekeepers to leave the country saying, \"The government demands the departure of these forces.\"", "Laurent Koffi")]
    public void A_participle_after_a_thing_speaks_with_the_subject(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "Le ministre est arrivé sous les huées de la foule scandant « Démission ! »", "la foule")]
    [InlineData("fr", "Le ministre est arrivé sous les huées des manifestants scandant « Démission ! »", "des manifestants")]
    [InlineData("en", "The minister arrived to boos from the students chanting \"Resign now!\"", "the students")]
    public void A_participle_after_people_speaks_for_them(string language, string paragraph, string speaker)
    {
        // (Passes before too: it guards the reading of people the rule above leaves as it was.)
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
