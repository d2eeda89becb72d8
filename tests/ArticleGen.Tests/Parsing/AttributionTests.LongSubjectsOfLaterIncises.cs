namespace ArticleGenTests.Parsing;

/// <summary>
/// A fragment whose sentence ends on an incise ("…, the Office of Rail and Road said on Thursday") is the incise's subject's,
/// even when that subject has several words: the speech verb was looked for within five words after the comma only, so the
/// sentence's capitalised first word ("Train punctuality …") was taken instead (everyday-3 probe en-g041, thirty-sixth
/// session).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Train punctuality in the north of England has been \"nowhere near good enough\" for more than a year, the Office of Rail and Road said on Thursday.", "Office of Rail and Road")]
    [InlineData("Rail punctuality has been \"nowhere near good enough\" for more than a year, the regulator said on Thursday.", "the regulator")] // passes before too
    public void A_later_incise_with_a_long_subject_names_the_fragments_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
