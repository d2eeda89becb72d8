using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-third session on the partial-quote probes:
/// - a fragment with no speech verb before it is said by the incise later in its sentence ("The plan is "dead on arrival" in
///   its current form, Jane Doe said"), not by a passive ("the court was told"), a bare French participle going on with the
///   clause ("…, accusé l'Élysée de …") or a verb whose subject came before ("…, a réclamé sur Europe 1 …");
/// - "dit(e)" meaning "known as" ("la loi dite « … »", "Rafael Ortiz, dit « … »") and "known locally as" introduce names.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The plan is \"dead on arrival\" in its current form, Jane Doe said on Monday.", "Jane Doe")]
    [InlineData("en", "Kenmore Hospital Trust postponed 300 appointments. The attack had caused “significant but temporary” disruption to blood test services, a spokesperson said, adding that no records had been accessed.", "a spokesperson")]
    [InlineData("fr", "Le projet est « mort-né et enterré » dans sa forme actuelle, a estimé Jean Roux lundi.", "Jean Roux")]
    public void An_incise_later_in_the_sentence_names_the_fragment_s_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("en", "MacKinnon punched Aitchison as \"a very bad joke\" during this visit, the court was told.", "court")]
    [InlineData("fr", "François Fillon a, lors de l'émission du jeudi 23 mars, accusé l'Élysée de tenir un « cabinet noir » visant à nuire à sa campagne.", "Élysée")]
    [InlineData("fr", "Vers 7h50, Christophe Chalençon, l'un des dix Gilets jaunes de l'« appel du 2 décembre » du JDD, a réclamé sur Europe 1 la démission du gouvernement.", "1")]
    public void What_only_looks_like_a_later_incise_names_no_one(string language, string paragraph, string notTheSpeaker)
    {
        var article = ArticleParser.Parse($"Headline: Test\nLanguage: {language}\n\n{paragraph}");
        Assert.DoesNotContain(article.Quotes, q => q.SpeakerIndex >= 0 && article.Speakers[q.SpeakerIndex].Name.Contains(notTheSpeaker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Rafael Ortiz, dit « le Petit Prince », a remporté dimanche la mairie de Cuenca avec 54 % des voix.")]
    [InlineData("fr", "Des milliers de personnes ont manifesté samedi à Tbilissi contre la loi dite « sur les agents de l'étranger », adoptée en première lecture.")]
    [InlineData("en", "The roundabout known locally as “the wheel of doom” will be redesigned after 23 collisions in three years, highways officials confirmed on Monday.")]
    public void Known_as_introduces_a_name_no_one_said(string language, string paragraph)
    {
        var article = ArticleParser.Parse($"Headline: Test\nLanguage: {language}\n\n{paragraph}");
        Assert.Empty(article.Quotes);
        Assert.Equal("name or nickname", Assert.Single(article.SkippedQuotes).Reason);
    }

    [Fact]
    public void Said_of_oneself_is_no_nickname()
    {
        Assert.Equal("Anne Roux", Attribute("fr", "La ministre Anne Roux s'est dite « très inquiète » de la situation.").Speaker);
    }
}
