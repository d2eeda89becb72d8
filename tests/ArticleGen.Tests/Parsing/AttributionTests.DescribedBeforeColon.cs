namespace ArticleGenTests.Parsing;

/// <summary>
/// "The judge was unmoved: "…"": a quote after a colon whose own sentence opens on a definite description and a verb that says
/// nothing is the words of whom the description names, as when that lead-in is a sentence of its own
/// (AttributionTests.DescribedLeadIns.cs). Before, the sentence before it was read instead, and its speaker (the barrister)
/// took the judge's words. Found in the thirty-fifth session on the standalone-quote probe set.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Judge Anne Whitfield said footage showed him glancing at his phone. His barrister, Tom Lyle, said his client was \"deeply ashamed\".",
        "The judge was unmoved: \"You were performing for an audience. You could have killed someone.\"", "Anne Whitfield")]
    [InlineData("fr", "La préfète du Cantal, Sophie Marin, a pris un arrêté. Le maire de la commune, Paul Blanc, a dénoncé « une décision brutale ».",
        "La préfète s'est montrée ferme : « Les routes resteront fermées jusqu'à lundi. Personne ne passera. »", "Sophie Marin")]
    public void A_description_opening_the_quotes_own_lead_in_names_the_speaker(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void A_lead_in_about_a_thing_leaves_the_quote_to_the_other_rules() // passes before too: a guard
    {
        // "The report" names no person or body the article gives: the description speaks as written, not Jane Hill.
        var speaker = Attribute("en", "The Audit Office report, led by Jane Hill, was published on Monday. \"We found waste,\" Hill said.",
            "The report concluded: \"Money was wasted on a vast scale across the department.\"").Speaker;
        Assert.Equal("The report", speaker);
    }
}
