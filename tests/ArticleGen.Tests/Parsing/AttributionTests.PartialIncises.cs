namespace ArticleGenTests.Parsing;

/// <summary>
/// A fragment woven into a sentence and followed, with no comma, by a speech verb and a name: the incise names who said
/// it, not the sentence's subject. Found in the fourteenth session on a new dev batch.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Florent Geel ainsi qu'Anschaire Nikoyagize précisent leurs craintes : force est de constater que « depuis un certain moment, les Tutsis sont particulièrement ciblés » explique Anschaire Nikoyagize.", "Anschaire Nikoyagize")] // passes before too: two subjects there, none wins
    [InlineData("Jean Dupont estime que « les Tutsis sont particulièrement ciblés » explique Marc Durand.", "Marc Durand")]
    public void A_speech_verb_and_a_name_right_after_a_fragment_name_its_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Theory]
    [InlineData("Le ministre Jean Dupont a jugé la réponse « pas du tout satisfaisante » mardi.", "Jean Dupont")] // no verb after the mark
    [InlineData("Jean Dupont a qualifié la loi de « texte liberticide » estimant Marc Durand trop prudent.", "Jean Dupont")] // a participle, no incise
    public void A_fragment_with_no_incise_after_it_stays_the_subjects(string paragraph, string speaker)
    {
        // (Passes before too.)
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
