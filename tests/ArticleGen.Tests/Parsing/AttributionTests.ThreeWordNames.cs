namespace ArticleGenTests.Parsing;

/// <summary>
/// A name of three words right after a speech verb or "selon"/"according to" is one person's, whatever its given name: the
/// rule that finds a person after an office's place ("la présidente de la région Île-de-France Valérie Pécresse") cut "said
/// Coretta Scott King" to "Scott King". And a title's word after a known given name is a surname ("Martin Luther King Jr.",
/// "Julie Bishop"). Thirty-third session, from a battery of names written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "\"It is over,\" said Coretta Scott King.", "Coretta Scott King")]
    [InlineData("en", "\"It is over,\" said Billie Jean King.", "Billie Jean King")]
    [InlineData("en", "According to Coretta Scott King, \"it is over\".", "Coretta Scott King")]
    [InlineData("fr", "D'après Coretta Scott King, « c'est fini ».", "Coretta Scott King")]
    [InlineData("fr", "Selon Billie Jean King, « c'est fini ».", "Billie Jean King")] // passes before too
    [InlineData("fr", "« C'est fini », a réagi la présidente de la région Île-de-France Valérie Pécresse.", "Valérie Pécresse")] // passes before too
    [InlineData("fr", "« C'est fini », a déclaré le ministre de l'Intérieur Christophe Castaner.", "Christophe Castaner")] // passes before too
    public void Three_names_after_the_cue_are_one_persons(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("Martin Luther King Jr. said: \"It is over.\"", "Martin Luther King Jr.")]
    [InlineData("\"It is over,\" said Martin Luther King Jr.", "Martin Luther King Jr.")]
    [InlineData("\"It is over,\" said Julie Bishop, the foreign minister.", "Julie Bishop")] // passes before too
    [InlineData("\"It is over,\" said King Mohammed VI.", "Mohammed VI")]
    public void A_titles_word_after_a_given_name_is_a_surname(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }
}
