namespace ArticleGenTests.Parsing;

/// <summary>
/// French incises with an adverb of manner between the auxiliary and the participle ("a-t-il simplement dit", "a sobrement
/// réagi le maire") and reflexive ones ("s'est-il contenté de dire", "s'est-elle bornée à répondre", "s'est-il félicité"): they
/// gave garbage descriptions ("a-t-il simplement", "est-il contenté de", "a simplement"). The adverbs after "a" are a list, not
/// an ending: "a government official said" is English. Thirty-third session, from a battery of French news shapes; a first
/// form that read any "-ment" word after "a" lost a dev quote and three probe passages, all "a government official".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Jean Dupont n'a pas souhaité réagir. « Nous verrons », a-t-il simplement dit.", "Jean Dupont")]
    [InlineData("Jean Dupont n'a pas souhaité réagir. « Nous verrons », s'est-il contenté de dire.", "Jean Dupont")]
    [InlineData("Jean Dupont était ravi. « Nous avons gagné », s'est-il félicité.", "Jean Dupont")]
    [InlineData("« Nous verrons », a simplement dit Jean Dupont.", "Jean Dupont")]
    [InlineData("« Nous verrons », a fermement rappelé Jean Dupont.", "Jean Dupont")]
    public void An_adverb_or_a_reflexive_in_a_french_incise_keeps_its_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Fact]
    public void An_english_noun_in_ment_after_a_is_no_adverb()
    {
        // passes before too: the guard for the list.
        Assert.Equal("a government official", Attribute("en", "\"We will not comment,\" a government official said.").Speaker);
    }
}
