namespace ArticleGenTests.Parsing;

/// <summary>
/// Someone described by whom they belong to ("un porte-parole de Donald Trump", "a friend of John Smith"): the name after
/// the description's preposition is its complement, and the description, name included, is the speaker. Found in the
/// fourteenth session: every such incise in a sweep of sixteen was given to the person named in the complement.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "« Nous avons perdu le contact avec deux navires » a déclaré un responsable de l'administration de Barack Obama .", "un responsable de l'administration de Barack Obama")]
    [InlineData("fr", "« Nous ne commenterons pas cette affaire », a indiqué un porte-parole de Donald Trump.", "un porte-parole de Donald Trump")]
    [InlineData("fr", "« Il est serein et combatif », a confié un proche de François Fillon.", "un proche de François Fillon")]
    [InlineData("fr", "« La situation est grave », a déclaré un conseiller du président Emmanuel Macron.", "un conseiller du président Emmanuel Macron")]
    [InlineData("fr", "« La situation est grave », a déclaré un conseiller de la ministre Agnès Buzyn.", "un conseiller de la ministre Agnès Buzyn")]
    [InlineData("fr", "« Il était très calme », a raconté un ami de Jean Dupont mardi.", "un ami de Jean Dupont")]
    [InlineData("fr", "« La situation est grave », a déclaré un conseiller d'Emmanuel Macron.", "un conseiller d'Emmanuel Macron")]
    [InlineData("fr", "Un proche d'Emmanuel Macron estime que « la situation est grave ».", "Un proche d'Emmanuel Macron")]
    [InlineData("en", "\"He was very calm,\" said a friend of John Smith.", "a friend of John Smith")]
    [InlineData("en", "\"No decision has been made,\" said an aide to Joe Biden.", "an aide to Joe Biden")]
    [InlineData("en", "\"We will not comment,\" said a spokesperson for Prime Minister Justin Trudeau.", "a spokesperson for Prime Minister Justin Trudeau")]
    [InlineData("en", "\"It is a good result,\" said an analyst at Goldman Sachs.", "an analyst at Goldman Sachs")]
    public void An_indefinite_description_with_a_name_as_its_complement_is_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "« Le projet est mort », a expliqué un expert auprès du Parisien.", "un expert")] // whom the expert spoke to
    [InlineData("fr", "« Le dossier avance », a affirmé le ministre de l'Intérieur Christophe Castaner.", "Christophe Castaner")] // an office and its holder
    [InlineData("fr", "« Ça marche », a déclaré la présidente de la région Île-de-France Valérie Pécresse.", "Valérie Pécresse")]
    [InlineData("en", "\"He was very calm,\" said a friend of John Smith, Mary Jones.", "Mary Jones")] // the apposed name is the friend's
    [InlineData("en", "\"It works,\" said Mayor of London Sadiq Khan.", "Sadiq Khan")]
    [InlineData("fr", "« Un accident est survenu au kilomètre 82 », indique un communiqué publié par la préfecture du Var.", "la préfecture du Var")] // a statement's agent
    public void A_name_that_is_not_a_complement_of_an_indefinite_description_stays_the_speaker(string language, string paragraph, string speaker)
    {
        // (Passes before too.)
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
