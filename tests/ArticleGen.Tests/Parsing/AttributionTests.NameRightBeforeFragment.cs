namespace ArticleGenTests.Parsing;

/// <summary>
/// "Vers 16h30, le ministre de l’intérieur, Christophe Castaner « invite … »": a full name right before a fragment that opens in
/// lower case is its subject, with or without the comma that would close the apposition (thirtieth session, a dev error); not
/// when the fragment opens on an auxiliary, a predicate about the name in someone else's words.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Vers 16h30, le ministre de l’intérieur, Christophe Castaner « invite les journalistes à déposer plainte au plus vite » pour les violences.", "Christophe Castaner")]
    [InlineData("Vers 16h30, Christophe Castaner « invite les journalistes à déposer plainte au plus vite » pour les violences.", "Christophe Castaner")]
    [InlineData("La première ministre britannique, Theresa May, « félicite chaleureusement » Emmanuel Macron pour sa victoire.", "Theresa May")] // passes before too: the apposition's closing comma
    public void A_full_name_right_before_a_lower_case_fragment_is_its_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }

    [Fact]
    public void A_fragment_opening_on_an_auxiliary_after_a_name_is_said_of_it()
    {
        // (Passes before too: it guards the rule above, which without its auxiliary test gave Édouard Philippe, a dev error.)
        Assert.Equal("Jacline Mouraud", Attribute("fr",
            "Vers 22h15, Jacline Mouraud a affirmé : « on attend la parole du Président ». Édouard Philippe « a pris en compte tout ce qu'on a fait remonter et on verra le résultat ».").Speaker);
    }
}
