namespace ArticleGenTests.Parsing;

/// <summary>
/// French club names that go on in lower case after their head, "le Stade lavallois", "l'Olympique lyonnais", "le Racing club
/// de Strasbourg", are read whole (twenty-eighth session; "Stade" alone had been given, found on the second blind everyday
/// probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le Stade lavallois a officialisé lundi le départ de son capitaine. « Le club remercie Kévin pour ses sept saisons », a écrit le Stade lavallois sur son site internet.", "Stade lavallois")]
    [InlineData("fr", "« Nous remercions Pierre pour ces trois saisons », a indiqué l'Olympique lyonnais dans un communiqué.", "Olympique lyonnais")]
    public void A_french_club_name_in_lower_case_after_its_head_is_whole(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }
}
