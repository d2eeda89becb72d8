namespace ArticleGenTests.Parsing;

/// <summary>
/// A sentence that opens on a capitalised common word, "Last week the company told her …", "Strong tides pushed her …",
/// "Chaque automne, la récolte …", names no one for "he", "she" or an age description; the person named before is who
/// they stand for (twenty-eighth session; the word itself had been given, found on the second blind everyday probes). A
/// word with a verb after it is a name ("Adele was in tears"), and so is a surname the article gave in full.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Joan Price has run the post office in Alston for thirty years. Last week the company told her it would close.", "\"I cried all evening,\" she said.", "Joan Price")] // passes before too
    [InlineData("en", "Tom Ellis, a fisherman from Brixham, set out at dawn. Heavy seas forced him back before noon.", "\"I have never seen waves like it,\" he said.", "Tom Ellis")]
    [InlineData("en", "Gwen Harper has entered the village show every year since 1971. Last year, her marrow won first prize.", "\"It was the size of a small dog,\" the 81-year-old said.", "Gwen Harper")]
    [InlineData("fr", "Près de Rodez, Hélène Vidal cultive des noix depuis 1995. Chaque automne, la récolte mobilise toute la famille.", "« Cette année, elle sera maigre », regrette-t-elle.", "Hélène Vidal")]
    public void A_capitalised_common_word_opening_a_sentence_is_no_antecedent(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("en", "Adele was in tears as she took the stage.", "\"I can't possibly accept this award,\" she said.", "Adele")]
    [InlineData("en", "Kate Brennan runs the bakery on Mill Lane. Brennan bakes every loaf before dawn.", "\"I have not had a lie-in since 1999,\" she said.", "Kate Brennan")]
    public void A_one_word_name_with_its_verb_or_known_in_full_stays_the_antecedent(string language, string first, string second, string speaker)
    {
        // (Pass before too: the guards.)
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
