namespace ArticleGenTests.Parsing;

/// <summary>
/// Verbs of exhorting speak: "encouraged people to "…"", "advised residents to "…"", "a encouragé les habitants à « … »"
/// (eighteenth session, from dev: "The civil defence spokesman …, John Cummings, encouraged people to "get off the
/// shoreline. …"" had no speaker).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The civil defence spokesman for the island of Oahu, John Cummings, encouraged people to \"get off the shoreline. We are closing all the beaches.\"", "John Cummings")]
    // (A fragment woven into its sentence, as in these two, found its speaker before too: the sentence's subject.)
    [InlineData("en", "John Cummings advised residents to \"stay away from the beaches until further notice.\"", "John Cummings")]
    [InlineData("fr", "Le maire, Jean Dupont, a encouragé les habitants à « rester chez eux jusqu'à nouvel ordre ».", "Jean Dupont")]
    public void A_verb_of_exhorting_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_passive_of_encouraging_gives_its_subject_no_words()
    {
        // (Passes before too: the guard.) Being encouraged is no speech; the quote is the minister's.
        Assert.Equal("Jane Roe", Attribute("en", "Encouraged by the results, the minister Jane Roe said the plan would \"go ahead as soon as possible.\"").Speaker);
    }
}
