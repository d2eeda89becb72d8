namespace ArticleGenTests.Parsing;

/// <summary>
/// "a indiqué le PDG de Novalis Énergie, Bertrand Chauvet": a role whose complement is an organisation, closed by a comma, then
/// the person's full name; the person speaks, as "said the CEO of Novalis Energy, Bertrand Chauvet" already did in English
/// (twenty-seventh session; the organisation had been given, found on the blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("« Nos usines tournent à pleine capacité », a indiqué le PDG de Novalis Énergie, Bertrand Chauvet, lors d'une conférence.", "Bertrand Chauvet", "PDG de Novalis Énergie")]
    [InlineData("« Nos usines tournent à pleine capacité », a indiqué le PDG de Novalis, Bertrand Chauvet, lors d'une conférence.", "Bertrand Chauvet", "PDG de Novalis")]
    public void A_french_role_of_an_organisation_then_the_name_is_the_name(string text, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("fr", text));
    }
}
