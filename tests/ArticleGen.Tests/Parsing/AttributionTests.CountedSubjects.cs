namespace ArticleGenTests.Parsing;

/// <summary>
/// A participle after a comma speaks with the subject of the verb before it; that subject may open on a count ("One
/// attendee noted …, adding") or follow its verb after the quote before ("…," said one attendee, adding). Found in the
/// eighteenth session on dev: the count word was read as an introductory phrase, and the verb stayed in the speaker.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"I was searched and charged under the act,\" one attendee said, adding \"not fair to happen on a brilliant day like it was.\"", "one attendee")]
    [InlineData("en", "\"I was searched and charged under the act\" one attendee noted online, adding \"not fair to happen on a brilliant day like it was.\"", "one attendee")]
    [InlineData("en", "\"I was searched and charged under the act,\" said one attendee, adding \"not fair to happen on a brilliant day like it was.\"", "one attendee")]
    [InlineData("en", "One poster admitted to being a part of the effort, writing in a blog post \"I have myself loaded up the tool and started bombarding the homepage.\"", "One poster")]
    [InlineData("en", "Two officials said the plan had failed, adding that \"nobody wanted to take the blame for it.\"", "Two officials")]
    // (The French line passed before too.)
    [InlineData("fr", "Deux témoins ont raconté la scène, ajoutant que « personne n'a rien vu venir ce soir-là ».", "Deux témoins")]
    public void A_participle_speaks_with_a_counted_subject_or_one_after_its_verb(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_count_of_time_still_opens_an_introduction()
    {
        // (Passes before too: the guard.) "One day," is a time phrase; the subject after its comma speaks.
        Assert.Equal("Jane Roe", Attribute("en", "One day, Jane Roe said the plan had failed, adding that \"nobody wanted to take the blame for it.\"").Speaker);
    }
}
