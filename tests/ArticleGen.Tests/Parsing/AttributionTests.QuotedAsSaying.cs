namespace ArticleGenTests.Parsing;

/// <summary>
/// "X is quoted in the Chicago Sun-Times as saying of the letter, "…"": the subject of a passive "quoted"/"cited" speaks,
/// past the outlet and a short "of"/"about" complement after the participle. Found in the eighteenth session on dev: the
/// passive was left to the subject rules, which give nothing before "as saying".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("John Fritchey is quoted in the Chicago Sun-Times as saying of the letter, \"You often run into conflicts when politics and religion intersect.\"", "John Fritchey")]
    [InlineData("John Fritchey is quoted in the Chicago Sun-Times as saying, \"You often run into conflicts when politics and religion intersect.\"", "John Fritchey")]
    // (Twenty-first session, on dev: with no "as saying", a passive "quoted" before the colon; the speaker had been the last one.)
    [InlineData("Shou Pengfei lost his house. A villager was quoted by Reuters: \"To be frank, those rescue boats cannot go through those narrow lanes.\"", "A villager")]
    // (With a colon, this one passed before too.)
    [InlineData("The mayor, Jane Roe, was quoted as saying: \"You often run into conflicts when politics and religion intersect.\"", "Jane Roe")]
    [InlineData("Jane Roe was cited by Reuters as saying about the plan, \"You often run into conflicts when politics and religion intersect.\"", "Jane Roe")]
    [InlineData("The Chicago Sun-Times quoted John Fritchey as saying of the letter, \"You often run into conflicts when politics and religion intersect.\"", "John Fritchey")]
    public void The_subject_of_a_passive_quoted_as_saying_speaks(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void An_outlet_that_quotes_someone_as_saying_still_gives_the_one_quoted()
    {
        // (Passes before too: the guard.) The active form names the one quoted after the verb.
        Assert.Equal("Maria Lopez", Attribute("en", "The Indymedia web site quoted Maria Lopez as saying \"We will not go back to work until the ward reopens.\"").Speaker);
    }
}
