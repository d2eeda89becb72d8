using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-sixth session on the fifth round of one-pair articles (dev since its blind score), each shape written
/// again here with other words:
/// - an outlet whose name ends on a statement noun is no statement's owner ("told the Washington Post, "…"");
/// - "Thank" opens no name; "Next," opens a sentence as an adverb;
/// - an -ed adjective after a preposition, and a speech verb's -s form after it and before "of"/"for", are nouns' words, not
///   verbs ("through repeated cries of: "…"");
/// - "someone", "somebody", "quelqu'un" speak as a description ("Someone said, "…"").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Police chief Ann Lee told the Jakarta Post, \"We found the boat at dawn. Nobody was on board.\"")]
    [InlineData("Ann Lee told the Huffington Post: \"We found the boat at dawn. Nobody was on board.\"")]
    public void An_outlet_named_after_a_statement_noun_owns_no_statement(string paragraph)
    {
        Assert.Equal("Ann Lee", Attribute("en", paragraph).Speaker);
    }

    [Fact]
    public void Thank_opens_no_name()
    {
        Assert.NotEqual("Thank", Attribute("en", "Thank you to everyone who wrote, \"We are with you all the way\", after the vote.").Speaker);
    }

    [Theory]
    [InlineData("The rally ended late. Next, the protesters shouted at the guards: \"Open the gates now!\"")]
    [InlineData("The rally ended late. The protesters spoke to the guards through repeated cries of: \"Open the gates now!\"")]
    [InlineData("The rally ended late. The protesters answered the guards with renewed calls for: \"Open the gates now!\"")]
    public void The_subject_before_an_adverb_or_a_noun_of_cries_speaks(string paragraph)
    {
        Assert.Equal("the protesters", Attribute("en", paragraph).Speaker, ignoreCase: true);
    }

    [Theory]
    [InlineData("en", "The shelling went on all night. Someone said, \"The children hear it in their sleep now.\"", "Someone")]
    [InlineData("en", "\"The children hear it in their sleep now,\" somebody wrote under the video.", "somebody")]
    [InlineData("fr", "Dans la foule, quelqu'un a crié : « Rendez-nous notre usine ! »", "quelqu'un")]
    public void Someone_speaks_as_a_description(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
