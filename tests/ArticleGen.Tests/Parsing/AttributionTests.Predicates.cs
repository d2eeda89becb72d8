namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the fifteenth session on a new dev batch (Global Voices, a blog round-up: bloggers quoting and answering
/// each other): a quote that opens with a verb is the predicate of the statement noun before it, not that statement's
/// words; a pronoun that "goes on to say" is the speaker of the last quote that named one, whatever the quoted post in
/// between names; a verb phrase with "not" or an infinitive is no description of a speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "At Translating Cuba, Wendy Iriepa said that the Cardinal's speech \"was similar to one of the many speeches dictated by the party\".", "Wendy Iriepa")]
    [InlineData("en", "Mark Jones argued that the Minister's statement \"would only make the crisis worse for everyone\".", "Mark Jones")]
    [InlineData("fr", "Jean Dupont a estimé que la déclaration de Pierre Martin « est une insulte faite aux victimes ».", "Jean Dupont")] // (passed before too)
    public void A_quote_that_opens_with_a_verb_after_someones_statement_is_said_of_it_not_by_its_owner(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_quote_that_is_the_statement_itself_is_still_its_owners()
    {
        // (Passes before too.) The quote is what the statement says, not what it is said to be.
        Assert.Equal("Donald Trump", Attribute("en", "Critics attacked Donald Trump's statement: \"We will build the wall and Mexico will pay for it.\"").Speaker);
    }

    [Theory]
    [InlineData("She went on to say that the speech \"was similar to the speeches dictated by the Communist Party\".")]
    [InlineData("She went on to say: \"We would have to ask the Cardinal how he obtained this information.\"")]
    public void A_pronoun_that_goes_on_to_say_is_the_speaker_of_the_last_quote_whatever_the_quoted_post_names(string paragraph)
    {
        Assert.Equal("Wendy Iriepa", Attribute(
            "en",
            "Finally, at Translating Cuba, Wendy Iriepa confessed that she had \"no words to describe the recent statements made by the Cardinal\":",
            "Maria Lopez, a parishioner, complained that the language used by the Cuban cardinal places at a disadvantage the credibility of the Church.",
            paragraph).Speaker);
    }

    [Theory]
    [InlineData("To call those who serve unfair sentences under terrible conditions not described by people like him \"common delinquents of the worst kind\" makes him an accomplice.")]
    [InlineData("To call the prisoners described by people like him \"common delinquents of the worst kind\" makes him an accomplice.")]
    public void A_verb_phrase_before_a_participle_is_no_speaker(string paragraph)
    {
        Assert.Null(Attribute("en", paragraph).Speaker);
    }
}
