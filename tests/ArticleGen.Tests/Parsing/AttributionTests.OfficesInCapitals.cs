namespace ArticleGenTests.Parsing;

/// <summary>
/// An office written in capitals ("CEO", "MP", "PDG") or with a capital ("Director") is a description's noun, not a body's
/// acronym or a name: "the CEO said" is a description (and finds the chief executive named before), "a déclaré le PDG de
/// Renault" is no "de Renault" read as a particle's name, "said the company's CEO" keeps its noun, and "said Apple's CEO, Tim
/// Cook" is Tim Cook's, as "said Apple's chief executive, Tim Cook" was. Found in the thirty-fourth session by a battery of
/// pronouns and descriptions across several people.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"We are excited,\" the CEO said.", "the CEO")]
    [InlineData("en", "\"We are excited,\" the MP said.", "the MP")]
    [InlineData("fr", "« Nous sommes ravis », a déclaré le PDG.", "le PDG")]
    [InlineData("fr", "Le PDG a déclaré : « Nous sommes ravis. »", "Le PDG")] // passes before too
    [InlineData("fr", "« Nous sommes ravis », a déclaré le PDG de Renault.", "le PDG de Renault")]
    [InlineData("en", "\"We are excited,\" said the company's CEO.", "the company's CEO")]
    [InlineData("en", "\"We are excited,\" said the company's Director.", "the company's Director")]
    [InlineData("en", "\"We are excited,\" the FBI said.", "FBI")] // passes before too: a body's acronym stays one
    [InlineData("fr", "« Nous sommes ravis », a déclaré le Général de Gaulle.", "de Gaulle")] // passes before too
    public void An_office_in_capitals_is_a_description(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void The_CEO_finds_the_chief_executive_named_before()
    {
        Assert.Equal("Tim Cook", Attribute("en", "The company's chief executive, Tim Cook, spoke on Monday.", "\"We are excited,\" the CEO said.").Speaker);
    }

    [Theory]
    [InlineData("\"We are excited,\" said Apple's CEO, Tim Cook.", "Tim Cook", "Apple's CEO")]
    [InlineData("\"We are excited,\" said Labour's Shadow Chancellor, John McDonnell.", "John McDonnell", "Labour's Shadow Chancellor")]
    [InlineData("\"We are excited,\" said Apple's chief executive, Tim Cook.", "Tim Cook", "Apple's chief executive")] // passes before too
    public void A_titled_role_before_a_comma_gives_way_to_the_person(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }
}
