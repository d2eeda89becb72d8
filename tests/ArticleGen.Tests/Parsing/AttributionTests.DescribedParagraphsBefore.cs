namespace ArticleGenTests.Parsing;

/// <summary>
/// "The lead author urged caution." then a paragraph that opens on a quote with no cue: the description that opens the last
/// sentence of the paragraph before names the speaker when the article gave it to one person or body, as it already did in
/// the quote's own paragraph (AttributionTests.DescribedLeadIns.cs). Before, only a name or a pronoun there counted, and the
/// quote went on from the last speaker or had none. Found in the thirty-fifth session on the standalone-quote probe set.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "A team has found evidence of a tsunami. Lead author Hana Ngata said sediment layers showed sea water reaching inland. Co-author Mark Doherty, a geologist, said the team had dated shells. Official Rangi Parata said the maps would change.",
        "The lead author urged caution.", "\"We have one site, and one site is not a pattern. We need more cores.\"", "Hana Ngata")]
    [InlineData("fr", "Le ministre de l'Intérieur, Laurent Dugas, s'est rendu mardi à Mayotte. Le député de l'île, Ibrahim Saïd Ali, lui a reproché « des annonces sans lendemain ».",
        "Le ministre a voulu rassurer les élus.", "« Deux escadrons de gendarmes mobiles arriveront d'ici la fin de la semaine. Ils resteront le temps qu'il faudra. »", "Laurent Dugas")]
    public void A_description_ending_the_paragraph_before_names_the_speaker(string language, string first, string second, string third, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second, third).Speaker);
    }

    [Fact]
    public void A_description_given_to_no_one_in_the_paragraph_before_leaves_the_quote_to_the_other_rules() // passes before too: a guard
    {
        // "The crowd" is no one the article gave: the quote goes on from the mayor.
        var speaker = Attribute("en", "Mayor Ann Lee spoke at the rally. \"We will not close the library,\" she said. The crowd cheered loudly.",
            "\"Libraries are where children learn to love reading. We will fight for every one of them.\"").Speaker;
        Assert.Equal("Ann Lee", speaker);
    }
}
