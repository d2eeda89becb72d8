namespace ArticleGenTests.Parsing;

/// <summary>
/// An aside naming the outlet between an inverted speech verb and its subject, "reconnaît, dans un entretien au Monde, le
/// climatologue Antoine Leroux", "admitted, in an interview with The Guardian, climate scientist Tom Leroux", is passed
/// over: the outlet had been given (twenty-eighth session, found on the second blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Nous avons sous-estimé la montée des eaux », reconnaît, dans un entretien au Monde, le climatologue Antoine Leroux.", "Antoine Leroux")]
    [InlineData("fr", "« Nous avons sous-estimé la montée des eaux », a reconnu, dans un entretien à Ouest-France, Anne Roux.", "Anne Roux")]
    [InlineData("en", "\"We underestimated how fast the water rose,\" admitted, in an interview with The Guardian, climate scientist Tom Leroux.", "Tom Leroux")]
    public void An_outlet_aside_after_the_speech_verb_is_no_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
