namespace ArticleGenTests.Parsing;

/// <summary>
/// Names of French bodies and of people with particles, found in the twenty-third session on the partial-quote probes:
/// - "l'Observatoire", "le Conseil" name the one body whose name opens on that head noun ("Observatoire des libertés
///   numériques"); with two such bodies, neither;
/// - a body's name written in lower case ends before a verb ("L'Institut … de la statistique prévoit une croissance");
/// - "del", "dos" join a name as "de" does ("Correo del Altiplano"); "Ben" inside a name is a surname's particle, not the
///   given name where the person starts ("La blogueuse tunisienne Amira Ben Salem");
/// - "Pour le président de la station SNSM de Quiberon, Loïc Guillou, …": the name apposed to a description whose complement
///   holds a name.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Selon le rapport annuel de l'Observatoire des libertés numériques, publié mardi, 214 coupures ont été recensées. L'Observatoire y décrit les coupures comme « une arme électorale » désormais banalisée.", "Observatoire des libertés numériques")]
    [InlineData("Le Conseil national de la presse a suspendu pour un mois l'hebdomadaire Le Crapaud. Dans sa décision, le Conseil reproche au journal une caricature « portant atteinte à la dignité » du chef de l'État.", "Conseil national de la presse")]
    [InlineData("Le Conseil constitutionnel a censuré la loi mardi, et le Conseil d'État a été saisi. Dans sa décision, le Conseil juge la mesure « manifestement disproportionnée ».", "Conseil")]
    [InlineData("L'Institut ouest-africain de la statistique prévoit une croissance de 4,1 % en 2024, mais s'inquiète d'une inflation alimentaire « durablement installée » dans les pays sahéliens.", "Institut ouest-africain de la statistique")]
    [InlineData("Le gouvernement bolivien envisagerait de reporter la réforme, selon le quotidien Correo del Altiplano, qui fait état de « tensions croissantes au sein de la coalition » au pouvoir.", "Correo del Altiplano")]
    [InlineData("La blogueuse tunisienne Amira Ben Salem a dénoncé samedi une « campagne d'intimidation » visant plusieurs journalistes.", "Amira Ben Salem")]
    [InlineData("Pour le président de la station SNSM de Quiberon, Loïc Guillou, la saison estivale a été « la plus chargée depuis dix ans ».", "Loïc Guillou")]
    public void Bodies_and_names_with_particles_are_read_whole(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
