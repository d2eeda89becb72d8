namespace ArticleGenTests.Parsing;

/// <summary>
/// "Jean Dupont du Parti socialiste": a French body's head after the particle opens the person's affiliation, no surname (the
/// name ran on to "Jean Dupont du Parti"); and before the verb, "du" before the body is the affiliation's link, as "de la"
/// was (the body spoke). Thirty-third session, from a battery of names written for it.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« C'est fini », a déclaré Jean Dupont du Parti socialiste.", "Jean Dupont")]
    [InlineData("« C'est fini », a déclaré Marie Roux de la Fédération française de football.", "Marie Roux")]
    [InlineData("Jean Dupont du Parti socialiste a déclaré : « C'est fini ».", "Jean Dupont")]
    [InlineData("Jean Dupont de la CGT a déclaré : « C'est fini ».", "Jean Dupont")] // passes before too
    [InlineData("« C'est fini », a déclaré Thomas de la Morlais.", "Thomas de la Morlais")] // passes before too
    [InlineData("« C'est fini », a déclaré Pierre de Coubertin.", "Pierre de Coubertin")] // passes before too
    public void A_french_bodys_head_after_a_particle_is_the_affiliation(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
