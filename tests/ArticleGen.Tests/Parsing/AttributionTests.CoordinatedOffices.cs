namespace ArticleGenTests.Parsing;

/// <summary>
/// "La députée Margaux Vidal et la ministre du Travail, Françoise Kerdraon, se sont opposées …": an office apposed to the
/// second of two people joined by "et"/"and" is that person's alone, so "la ministre" later finds her. Before, the office was
/// read from the clause's start ("députée écologiste Margaux Vidal et la ministre du Travail") and gave the second person the
/// first one's office. Not "le ministre de l'Économie et des Finances", whose "des" opens no office. Found in the
/// thirty-fifth session on the standalone-quote probe set.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "La députée écologiste Margaux Vidal et la ministre du Travail, Françoise Kerdraon, se sont opposées mardi. La première a dénoncé « une réforme qui punit les précaires ».",
        "« Ce texte ne punit personne. Il encourage le retour à l'emploi », a répondu la ministre.", "Françoise Kerdraon")]
    // (The English case passed before too, by another rule: a guard that the new reading keeps it.)
    [InlineData("en", "Opposition MP Jane Doe and the health minister, Raj Bedi, clashed in parliament on Tuesday. Doe called the plan \"a betrayal of nurses\".",
        "\"Nobody is being betrayed. We are hiring more nurses than ever,\" the minister said.", "Raj Bedi")]
    public void An_office_apposed_to_the_second_of_two_people_is_theirs(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void An_office_with_et_inside_its_complement_stays_whole() // passes before too: a guard
    {
        Assert.Equal("Bruno Le Maire", Attribute(
            "fr",
            "Le ministre de l'Économie et des Finances, Bruno Le Maire, était à Bercy mardi. Le patronat a salué « un budget responsable ».",
            "« Nous tiendrons nos objectifs », a assuré le ministre.").Speaker);
    }
}
