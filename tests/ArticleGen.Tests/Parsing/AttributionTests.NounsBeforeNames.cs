namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-third session on the standalone-quote probes: a noun right before a name describes the person with no
/// determiner too ("by doctoral student Daniela Cárdenas", "The report's author, hydrologist Nguyen Thi Lan"), and a French
/// noun before its adjective ("Le poète haïtien Jean-Robert Désir"), so "the student", "le poète" name them later; the last word
/// of a body's name ("Tasmanian Wildlife Service") names it again ("the service").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The frog was discovered by doctoral student Daniela Cárdenas during a night survey in 2022.", "“We found it, and now we might lose it,” the student said.", "Daniela Cárdenas")]
    [InlineData("en", "The report's author, hydrologist Nguyen Thi Lan, said the delta was sinking.", "“Every year we wait, we lose land we will never get back,” the hydrologist said.", "Nguyen Thi Lan")]
    [InlineData("fr", "Le poète haïtien Jean-Robert Désir est mort mardi à Port-au-Prince à l'âge de 84 ans.", "« J'écris en créole parce que c'est la langue de ma mère », avait expliqué le poète.", "Jean-Robert Désir")]
    [InlineData("en", "The Tasmanian Wildlife Service announced on Monday that twelve chicks had fledged at Melaleuca.", "“We are cautiously optimistic, but the species remains critically endangered,” the service said.", "Tasmanian Wildlife Service")]
    public void A_noun_given_before_a_name_names_it_again(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
