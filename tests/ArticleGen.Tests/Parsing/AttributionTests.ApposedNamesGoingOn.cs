namespace ArticleGenTests.Parsing;

/// <summary>
/// After an inverted verb, a description whose complement ends on a capitalised word, then the person's full name between
/// commas, the incise going on ("a savouré l'entraîneur de l'US Moréac, Yann Le Bihan, sous les chants des supporters"): the
/// name speaks, not the complement's last word ("Moréac", "Mer"). The name had to close the incise; a comma closing it now
/// does too. Found in the thirty-sixth session (three probe passages: agency-2 fr-087, everyday fr-e026, constructions fr-074).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Mes joueurs ont été héroïques », a savouré l'entraîneur de l'US Moréac, Yann Le Bihan, sous les chants des supporters.", "Yann Le Bihan", "entraîneur de l'US Moréac")]
    [InlineData("« Nous ne signerons pas », a déclaré à la sortie de la réunion le secrétaire d'État français chargé de la Mer, Benoît Quéméner, soutenu par son homologue irlandais.", "Benoît Quéméner", "secrétaire d'État français chargé de la Mer")]
    [InlineData("« Nous n'avons reçu aucun avertissement », a déclaré l'ancien directeur général de la compagnie des eaux du Sud, Jean-Paul Firmin, devant la commission.", "Jean-Paul Firmin", "ancien directeur général de la compagnie des eaux du Sud")]
    [InlineData("« Mes joueurs ont été héroïques », a savouré l'entraîneur de l'US Moréac, Yann Le Bihan.", "Yann Le Bihan", "entraîneur de l'US Moréac")] // passes before too
    public void An_apposed_name_after_a_description_speaks_when_the_incise_goes_on(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("fr", paragraph));
    }
}
