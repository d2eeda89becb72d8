namespace ArticleGenTests.Parsing;

/// <summary>
/// After the noun of an organisation's kind, "et"/"and" between capitalised words is inside the organisation's name: "Le syndicat
/// Terre et Travail réclame « … »" (thirty-second session, from the agency probe set: "Travail"). Given names keep two people
/// apart.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le syndicat Terre et Travail, à l’origine de la mobilisation, réclame « des clauses miroirs immédiates ».", "Terre et Travail")]
    [InlineData("fr", "« Nous resterons le temps qu'il faudra », a prévenu le syndicat Terre et Travail.", "Terre et Travail")]
    [InlineData("en", "The charity Bread and Roses said the closure would be \"a disaster for the families we feed\".", "Bread and Roses")]
    public void And_after_a_kinds_noun_is_inside_the_name(string language, string paragraph, string expected)
    {
        Assert.Equal(expected, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void Given_names_after_a_kinds_noun_stay_two_people()
    {
        // (Passes before too: a guard for the rule.)
        Assert.NotEqual("Marie et Paul Girard", Attribute("fr", "Les fondateurs de l'association, Marie et Paul Girard, dénoncent « une décision brutale et injuste ».").Speaker);
    }
}
