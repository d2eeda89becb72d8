namespace ArticleGenTests.Parsing;

/// <summary>
/// English "car" after a word is the noun, not French "car" (because), a clause boundary: "The owner of the car said the
/// damage was "entirely avoidable"" had its subject cut to nothing after "car" and the fragment was dropped as a scare quote,
/// and "An independent review into the collapse of the Bramley Road car park … describes … as "…"" gave "park" (partial probe
/// en-pa023, thirty-sixth session; with no speaker now, that two-word fragment is dropped as a scare quote, still a miss there).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void The_noun_car_opens_no_clause()
    {
        Assert.Equal("The owner of the car", Attribute("en", "The owner of the car said the damage was \"entirely avoidable\".").Speaker);
    }

    [Fact]
    public void A_car_park_is_no_speaker()
    {
        var article = ArticleGen.Parsing.ArticleParser.Parse("Headline: Test\nLanguage: en\n\nAn independent review into the collapse of the Bramley Road car park, published on Monday, describes the building's maintenance as \"woefully inadequate\" over more than a decade.\n");
        Assert.DoesNotContain(article.Speakers, s => s.Name == "park");
    }
}
