namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote opening its paragraph with no cue goes on from the incise that closes the paragraph before (", its artistic
/// director, Moira Gillespie, announced on Monday, citing …"), as it did from one closing the sentence before in its own
/// paragraph; the incise may hold an apposition's commas and be followed by a participle's phrase; ", insists there is room for
/// both" is no incise. Found in the twenty-third session on the standalone-quote probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The Thistle Theatre Company is to close after 42 years, its artistic director, Moira Gillespie, announced on Monday, citing a 60% cut in its public funding.", "Moira Gillespie")]
    [InlineData("The Thistle Theatre Company is to close after 42 years, Moira Gillespie announced on Monday.", "Moira Gillespie")]
    [InlineData("Fisherman Colin Bartram says the project will “wipe out” crab grounds. But the developer's project director, Amanda Reeve, insists there is room for both.", "Amanda Reeve")]
    public void The_incise_closing_the_paragraph_before_names_the_speaker(string first, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, "“We have tried everything. We cut salaries, we sold the van.”").Speaker);
    }
}
