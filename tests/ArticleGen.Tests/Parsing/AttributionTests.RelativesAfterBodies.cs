namespace ArticleGenTests.Parsing;

/// <summary>
/// "…, a annoncé la préfecture du Rhône, qui appelle à « … »": a relative after a definite description of a body (préfecture,
/// ministry, police …) whose complement is a name speaks for the description, as after a person's description ("l'élue du
/// Cantal, qui promet"), not for the place in its complement (thirty-second session, from the agency probe set: "Rhône"). The
/// English case passed before too (another rule reads it).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Les rassemblements sont interdits jusqu'à jeudi », a annoncé la préfecture du Rhône, qui appelle à « la plus grande vigilance envers les personnes âgées ».", "la préfecture du Rhône")]
    [InlineData("en", "The roads will stay closed, according to the police of Lancashire, who urged drivers to \"stay at home unless the journey is essential\".", "the police of Lancashire")]
    public void A_relative_after_a_bodys_description_speaks_for_the_description(string language, string paragraph, string expected)
    {
        Assert.Equal(expected, Attribute(language, paragraph).Speaker);
    }
}
