namespace ArticleGenTests.Parsing;

/// <summary>
/// "But farmer George Heale, whose land borders the site, was unconvinced. "…," he said": the comma before "whose" opens an
/// aside about the name; it closes no opening phrase, so the name stays the sentence's subject (twenty-eighth session; the
/// words up to that comma had been cut as an opening phrase after "But", and "he" went further back, found on the second
/// blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "A representative of the developer said the plans included a playground. But farmer George Heale, whose land borders the site, was unconvinced.", "\"Every time it rains, that field floods,\" he said.", "George Heale")]
    [InlineData("fr", "Le promoteur a présenté son projet mardi. Mais Paul Girard, qui exploite les terres voisines, reste sceptique.", "« À chaque orage, ce champ est inondé », a-t-il répondu.", "Paul Girard")]
    public void A_relative_aside_after_a_connective_keeps_the_subject(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
