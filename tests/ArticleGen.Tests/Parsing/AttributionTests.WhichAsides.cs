namespace ArticleGenTests.Parsing;

/// <summary>
/// A relative clause between commas describes the subject before it, whatever the relative pronoun: "The Met Office, which has
/// issued an amber warning, said" is the Met Office's, as "Cherry, who led the petition, said" was Cherry's; and before a
/// statement noun or a woven fragment the aside is no subject either (twenty-seventh session; "an amber", "owns the building"
/// and "manages the project for the county council" had been given, found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The Met Office, which has issued an amber warning for parts of the Pennines, said: \"Some rural communities could be cut off.\"", "Met Office")]
    [InlineData("en", "The council, which owns the building, said it was \"reviewing all options for the site.\"", "The council")]
    [InlineData("en", "Sarah Lindon, who manages the project for the county council, had a simple message for drivers: \"If you don't need to travel, please don't.\"", "Sarah Lindon")]
    [InlineData("fr", "Sophie Martin, qui dirige le projet pour le département, a un message simple : « Évitez la route ce week-end. »", "Sophie Martin")]
    [InlineData("en", "Sarah Lindon, who runs the shelter, sees the plan as \"a chance to start again for many families.\"", "Sarah Lindon")]
    public void The_subject_before_a_relative_aside_speaks(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, text).Speaker);
    }

    [Fact]
    public void A_which_clause_left_open_before_the_verb_gives_its_antecedent_nothing()
    {
        // (A dev quote: "which" opening an aside that the writer never closed refers to a thing, not a speaker.)
        Assert.Equal("Alassane Ouattara", Attribute(
            "en",
            "Alassane Ouattara won the run-off. Laurent Gbagbo offered for several entities to investigate the election results, which was rejected by Ouattara who said \"we've finished with these games.\"").Speaker);
    }
}
