namespace ArticleGenTests.Parsing;

/// <summary>
/// Whom "he" and "she" can stand for (thirtieth session, from the dev errors whose speaker was a word quoted nowhere): not a
/// country or a region, not a nationality before the noun it qualifies, not a place after a preposition of place or one a
/// possessive runs through; a religious or noble title marks the name after it as a man's or a woman's, as "Mr" does. And
/// "Per the report," opening a clause is "according to the report".
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Pope Bendix delivered his Christmas message to many thousands at Saint Peter's Square. \"They are destroying the fabric of many countries,\" he said.", "Bendix")]
    [InlineData("Pope Bendix delivered his Christmas message. The pontiff remembered the war-torn regions including Africa, the Middle East and the Balkans. He decried the conflicts, noting these \"are destroying the fabric of many countries.\"", "Bendix")]
    [InlineData("Omar Hassan, a farmer, spoke to reporters. Witnesses described the attackers as Arab men on horses. \"The attackers entered my house,\" he said.", "Omar Hassan")]
    [InlineData("Cardinal Pell flew to Rome on Monday, a day after meeting Sarah Jones at the Sydney Opera House. \"I have nothing to hide,\" he said.", "Pell")]
    [InlineData("Sheikh Hamad met the delegation in Doha on Monday with Prime Minister Theresa May. \"We are ready to help,\" he said.", "Hamad")]
    [InlineData("Sheikh Hamad met the delegation in Doha on Monday. \"We are ready to help,\" he said.", "Hamad")] // passes before too
    public void A_pronoun_stands_for_no_place_and_a_title_gives_the_gender(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Per the report, Pakistan was asked to stop \"misuse of anti-terror legislation to persecute those engaging in dissent.\"", "the report")]
    [InlineData("But per the agreement, Iran must \"stop all enrichment\".", "the agreement")]
    [InlineData("Per Mertesacker, the captain, said the team was \"ready for anything\".", "Per Mertesacker")] // passes before too: a given name
    public void Per_and_a_determiner_name_the_source(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("\"We are ready,\" said Mohammed Al-Khaled.", "Mohammed Al-Khaled")]
    [InlineData("Mohammed Al-Ahmed spoke on Monday. \"We are ready,\" he said.", "Mohammed Al-Ahmed")]
    [InlineData("\"We are ready,\" said the Paris-based analyst Jean Roux.", "Jean Roux")] // passes before too: a participle after the hyphen
    public void A_capitalised_surname_after_a_hyphen_ending_in_ed_is_no_participle(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Jane Doe met ministers at length. Alongside talks on travel restrictions for former Guantanamo Bay detainees, she called Iran the \"beating heart\" of the crisis.", "Jane Doe")]
    [InlineData("The plan was signed. Shortly afterwards the council, which met on Monday, voted for it \"by right of conquest\".", null)]
    public void A_preposition_or_an_adverb_opening_a_sentence_is_no_name(string paragraph, string? speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
