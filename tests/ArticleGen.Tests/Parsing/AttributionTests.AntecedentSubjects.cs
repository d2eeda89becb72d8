namespace ArticleGenTests.Parsing;

/// <summary>
/// Whom "he" or "she" stands for in the sentence before: not a group ("Police said …"), not the subject of a relative clause
/// with no "that" ("the mark Daniel Cole had held"), and a pronoun subject after a time phrase ("Last week she opened …") means
/// the person is named further back (twenty-seventh session; each had given the wrong person, found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Raj Patel opened the corner shop in 1989. Police said on Friday they had charged a 19-year-old man.", "\"I'm not leaving. This is my shop,\" he said.", "Raj Patel")]
    [InlineData("Raj Patel opened the corner shop in 1989. Officials said on Friday they had charged a man.", "\"I'm not leaving. This is my shop,\" he said.", "Raj Patel")]
    [InlineData("Kofi Asante broke the national record on Sunday, running 20.02 seconds to beat the mark Daniel Cole had held since 2009.", "\"I've been close to it for two seasons,\" he said after the race.", "Kofi Asante")]
    [InlineData("Rosa Delgado opened her first café in 2015. Last week she opened her fourth, in a former bank that its owner, Geoffrey Tan, had struggled to let.", "\"Everyone told me it was a mad idea,\" she said.", "Rosa Delgado")]
    public void He_or_she_skips_groups_relative_subjects_and_time_phrases(string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", before, paragraph).Speaker);
    }

    [Fact]
    public void A_name_that_opens_the_sentence_before_had_is_still_the_subject()
    {
        Assert.Equal("John Hale", Attribute("en", "The farmer John Hale had lost everything in the flood.", "\"We start again,\" he said.").Speaker);
    }
}
