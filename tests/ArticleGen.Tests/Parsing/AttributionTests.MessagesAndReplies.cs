namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote named as someone's message or answer: "That was the message from X", ""…" was the message from X", ""…," came the
/// reply from X", "« … », tel est le message de X", and before the quote "The reply from X was short:", "La réponse de X est
/// sans appel :". Only "the words of X" was read before. Found in the thirty-fourth session by a battery of lead-ins and
/// pointers written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"We are not going anywhere.\" That was the message from John Smith on Monday.", "John Smith")]
    [InlineData("en", "\"We are not going anywhere\" was the message from union leader John Smith.", "John Smith")]
    [InlineData("en", "\"We are not going anywhere,\" came the reply from John Smith.", "John Smith")]
    [InlineData("en", "The reply from John Smith was short: \"No comment, no deal.\"", "John Smith")]
    [InlineData("fr", "« Nous ne partirons pas. » Tel est le message de Jean Dupont ce lundi.", "Jean Dupont")]
    [InlineData("fr", "« Nous ne partirons pas », tel est le message de Jean Dupont.", "Jean Dupont")]
    [InlineData("fr", "« Nous ne partirons pas », telle fut la réponse du syndicat.", "le syndicat")]
    [InlineData("fr", "La réponse de Jean Dupont est sans appel : « Pas de commentaire. »", "Jean Dupont")]
    [InlineData("en", "\"We are not going anywhere.\" Those were the words of John Smith, the union leader.", "John Smith")] // passes before too
    public void The_sender_of_a_message_or_an_answer_speaks(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "Un communiqué de presse laconique est tombé : « Pas de commentaire. »")]
    [InlineData("en", "The answer is simple: \"We leave.\"")]
    public void An_answer_with_no_sender_names_nobody(string language, string paragraph) // both pass before too: guards
    {
        Assert.Null(Attribute(language, paragraph).Speaker);
    }
}
