namespace ArticleGenTests.Parsing;

/// <summary>
/// Found in the twenty-third session on the partial-quote probes and dev:
/// - a speech verb in the passive ("could be announced") or "s'annonce" (looks set to be) says nothing of its subject speaking:
///   the source right after the fragment ("…", according to X) is its speaker;
/// - verbs that give a cause (blame, credited, invoquer) or speak of something (parler de) introduce the speaker's words;
/// - "The company blamed "…"" looks for the company in the sentences before, not at itself;
/// - "Lui qui l'avait affrontée": "l'" before an auxiliary is an object pronoun, no description.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "La récolte de pommes à cidre s'annonce « nettement inférieure à la moyenne », selon la chambre d'agriculture de la Manche, qui évoque un printemps trop humide.", "la chambre d'agriculture de la Manche")]
    [InlineData("en", "An agreement could be announced “as early as next week”, according to a person familiar with the matter.", "a person familiar with the matter")]
    public void A_source_after_the_fragment_speaks_when_the_verb_before_is_passive(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("en", "\"Strong political will\" was credited with the resolution, by CMC co-ordinator Thomas Nash in recognising the drive.", "Thomas Nash")]
    [InlineData("en", "Corvane Technologies cut its annual sales forecast on Thursday. The company blamed \"weaker than expected demand\" from corporate clients.", "Corvane Technologies")]
    [InlineData("fr", "Victorieuse du semi-marathon de Lyon, Amandine Keraudren n'en revenait pas à l'arrivée. La Lorientaise de 27 ans a parlé d'une « journée presque parfaite ».", "Amandine Keraudren")]
    [InlineData("fr", "La compagnie aérienne régionale Air Armor a suspendu jeudi sa liaison entre Brest et Lyon. Sa directrice commerciale, Gaëlle Huon, avait pourtant vanté en janvier une ligne « promise à un bel avenir ». La compagnie invoque aujourd'hui un taux de remplissage « très insuffisant ».", "Air Armor")]
    [InlineData("fr", "Joint par Wikinews, l'ancien député Marc-Olivier Tchoumi a réagi à la condamnation de sa rivale, la sénatrice Odile Ngo Bassa. Lui qui l'avait affrontée en 2020 parle d'un jugement « sévère mais juste ».", "Marc-Olivier Tchoumi")]
    public void Causes_and_subjects_of_speaking_of_name_the_speaker(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_report_blaming_someone_in_an_opening_phrase_is_no_speaker()
    {
        // "blaming" is left out of the speech verbs: the report in the opening phrase did not say the words after the subject.
        Assert.Null(Attribute("en", "Following a report blaming North Korea for the sinking, the United States and South Korea plan to hold joint naval exercises \"in the near future.\"").Speaker);
    }
}
