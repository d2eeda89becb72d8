using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Interview transcripts (Wikinews prints each turn as a paragraph opening with its speaker's label,
/// <c>((WN))</c> for the interviewer). Seventh session: on the held-out articles, interviews held a quarter
/// of the quotes and scored far below news reports; these rules were found on the dev interviews.
/// </summary>
public sealed partial class AttributionTests
{
    private static List<(string Text, string? Speaker)> InterviewQuotes(params string[] paragraphs)
    {
        var article = ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + string.Join("\n\n", paragraphs));
        return article.Quotes.Select(q => (q.Text, SpeakerName(article, q))).ToList();
    }

    [Fact]
    public void A_quote_with_no_cue_in_an_answer_is_the_words_of_the_person_answering()
    {
        var quotes = InterviewQuotes(
            "((WN))  How did the community take the news?",
            "((Rich Bowen))  Badly at first.  The blog post was short: \"The future of the CentOS Project is CentOS Stream.\"  Then the questions came.");
        Assert.Equal(("The future of the CentOS Project is CentOS Stream.", "Rich Bowen"), quotes.Single());
    }

    [Fact]
    public void A_quote_with_no_cue_in_a_question_is_the_words_of_the_person_who_answers_it()
    {
        var quotes = InterviewQuotes(
            "((WN))  \"Melbourne is poised to be a world city by 2030\" is on your website.  How?",
            "((Wayne Tseng))  By building it with the people who live here.");
        Assert.Equal(("Melbourne is poised to be a world city by 2030", "Wayne Tseng"), quotes.Single());
    }

    [Fact]
    public void An_answer_runs_on_over_paragraphs_with_no_label()
    {
        var quotes = InterviewQuotes(
            "((WN))  How did the community take the news?",
            "((Rich Bowen))  Badly at first.",
            "The blog post was short: \"The future of the CentOS Project is CentOS Stream.\"  Then the questions came.");
        Assert.Equal(("The future of the CentOS Project is CentOS Stream.", "Rich Bowen"), quotes.Single());
    }

    [Fact]
    public void Where_only_the_questions_are_labelled_the_paragraph_after_one_belongs_to_no_named_turn()
    {
        // Passes before too: a guard, the interviewer's label does not run on into the answer.
        var quotes = InterviewQuotes(
            "((WN))  How did the community take the news?",
            "Badly at first.  The blog post was short: \"The future of the CentOS Project is CentOS Stream.\"  Then the questions came.");
        Assert.Null(quotes.Single().Speaker);
    }

    [Fact]
    public void A_short_term_in_a_turn_is_still_no_quote()
    {
        // Passes before too: a guard, the turn's owner is no evidence that the marks hold somebody's words.
        var quotes = InterviewQuotes(
            "((WN))  What were the rules there?",
            "((Dorsa Derakhshani))  There were rules like \"no alcohol\" for everyone.");
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Hello. Not everyone agreed. \"We will stay in the city for good,\" one of them said.")]
    [InlineData("Hello. Once the vote ended, \"we will stay in the city for good\" was the word.")] // passes before too
    [InlineData("Hello. Wherever I'd go, they asked \"why are you living in such conditions\" of us.")]
    public void Not_once_wherever_and_contractions_of_i_open_no_name(string paragraph)
    {
        Assert.DoesNotContain(InterviewQuotes(paragraph), q => q.Speaker is "Not" or "Once" or "Wherever I'd" or "I'd");
    }
}
