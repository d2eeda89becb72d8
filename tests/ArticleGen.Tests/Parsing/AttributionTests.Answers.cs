namespace ArticleGenTests.Parsing;

/// <summary>
/// "X opposed Y's statement: "…"": the words after the colon answer the statement; they are the subject's, not the
/// owner's. Found in the fourteenth session on a dev error.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French president's suggestion evokes a colonialist mindset.\"", "Jair Bolsonaro")]
    [InlineData("Jair Bolsonaro criticised Macron's remarks: \"The suggestion evokes a colonialist mindset.\"", "Jair Bolsonaro")]
    // (Twenty-first session, on dev: "responded to" and its kin answer a statement too; the speaker had been Fallon.)
    [InlineData("Ed Miliband responded to Fallon's comments: \"Michael Fallon is a decent man, but today he has demeaned himself.\"", "Ed Miliband")]
    public void The_subject_that_answers_a_statement_speaks_after_the_colon(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Trump's statement: \"We will win.\"", "Trump")]
    [InlineData("The spokesman read Trump's statement: \"We will win.\"", "Trump")]
    public void A_statement_read_or_alone_is_its_owners(string paragraph, string speaker)
    {
        // (Passes before too.)
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
