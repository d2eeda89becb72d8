namespace ArticleGenTests.Parsing;

/// <summary>Speaker names are single-spaced whatever the article's spacing (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"We are leaving,\" said Jane  Doe.", "Jane Doe")]
    [InlineData("\"We are leaving,\" said Jane\u00A0Doe.", "Jane Doe")]
    public void A_speaker_name_keeps_one_space_between_words(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", "Hello there. " + paragraph).Speaker);
    }
}

/// <summary>A clause read as a description gives no speaker rather than a garbage one (twelfth session).</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le matin. Le Groupe Centre France, groupant des journaux régionaux, a reçu un mail qui revendique l'incendie qui a détruit un atelier à Ussel, dans la nuit du dimanche au lundi et dans lequel est écrit « Force aux gilets jaunes ».", "a reçu")]
    [InlineData("fr", "Le matin. L'un d'eux, un Kanak âgé de 20 ans et déjà connu des services de police, a avoué le meurtre et a affirmé avoir agi ainsi en réaction « aux avances sexuelles » du septuagénaire.", "déjà connu")]
    public void Words_of_a_clause_are_no_speaker(string language, string paragraph, string clause)
    {
        // Read as speakers before: "a reçu un mail", "déjà connu des services de police".
        var article = ArticleGen.Parsing.ArticleParser.Parse($"Headline: Test\nLanguage: {language}\n\n{paragraph}");

        Assert.DoesNotContain(article.Speakers, speaker => speaker.Name.Contains(clause, StringComparison.Ordinal));
    }

    [Fact]
    public void A_leading_adverb_is_no_part_of_a_description()
    {
        var speaker = Attribute("en", "Hello there. When you complain, now the seller says \"just because you did that I will not fix it\".").Speaker;

        Assert.Equal("the seller", speaker);
    }
}

/// <summary>Checks added on the twelfth session's second read of its own rules: English descriptions after "a", an impersonal "il".</summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"The roads were empty,\" said a taxi driver.", "a taxi driver")] // passes before too: "a" + a word in -i is French only
    [InlineData("\"The snow came early,\" said a ski instructor.", "a ski instructor")] // passes before too
    public void An_English_description_after_a_is_kept(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", "Hello there. " + paragraph).Speaker);
    }

    [Fact]
    public void An_impersonal_il_opening_a_colon_lead_in_does_not_speak()
    {
        var speaker = Attribute("fr", "Le matin. Jean Dupont a quitté le parti. Il y a deux ans, le maire Paul Martin recevait ses adjoints à la mairie : « Je ne reviendrai pas. »").Speaker;

        Assert.Equal("Paul Martin", speaker);
    }
}
