namespace ArticleGenTests.Parsing;

/// <summary>
/// "&amp;" between capitalised words is inside one name ("Harrow &amp; Lyle", "Procter &amp; Gamble"): news copy joins two people
/// with "and", never with "&amp;". Read as two names, "Lyle", followed by an apposition and "said", was taken as the subject a
/// later "he" stood for (everyday-3 probe en-g063, thirty-sixth session), and "said Procter &amp; Gamble" gave "Procter".
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_pronoun_passes_over_a_company_joined_by_an_ampersand()
    {
        Assert.Equal("Stephen Okafor", Attribute(
            "en",
            "Stephen Okafor, chief executive of Harrow & Lyle, the country's largest building society, said on Tuesday that rates would stay high. Then he went further: \"First-time buyers should plan on it.\"").Speaker);
    }

    [Fact]
    public void A_company_joined_by_an_ampersand_is_one_name()
    {
        Assert.Equal("Procter & Gamble", Attribute("en", "\"This is a war,\" said Procter & Gamble.").Speaker);
    }
}
