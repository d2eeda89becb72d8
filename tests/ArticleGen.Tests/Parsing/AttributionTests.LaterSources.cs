namespace ArticleGenTests.Parsing;

/// <summary>
/// A short fragment woven into a sentence that names its source further on, with no speech verb before the fragment:
/// "He suffered "two deep wounds" in the attack according to a hospital spokesperson" (sixteenth session, from dev
/// articles where such fragments were set aside as scare quotes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "The mayor suffered \"three broken ribs\" in the fall according to a hospital spokesperson.", "a hospital spokesperson")]
    [InlineData("en", "The plane flew at \"very low height\" over the town, according to Reuters.", "Reuters")]
    [InlineData("fr", "Le navire transportait « plusieurs tonnes d'explosifs » à son bord, selon le parquet de Marseille.", "le parquet de Marseille")]
    public void A_fragment_whose_source_comes_later_in_its_sentence(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("en", "The minister said the reform was \"badly timed\" in a speech, according to The Times.", "minister")]
    [InlineData("fr", "Le maire Paul Girard a jugé la décision « très décevante » lundi, selon Le Monde.", "Paul Girard")]
    public void A_speech_verb_before_the_fragment_keeps_its_speaker(string language, string paragraph, string speaker)
    {
        // (Pass before too.) The outlet after the fragment only reported what the subject said.
        Assert.Contains(speaker, Attribute(language, paragraph).Speaker ?? "");
    }
}
