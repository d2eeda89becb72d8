namespace ArticleGenTests.Parsing;

/// <summary>
/// Epithets (seventeenth session, from the tuning agency probes; neutral on dev): agency copy names a person once, then by
/// what they are ("l'ancien international", "the former England captain"); the epithet stands for that person, as a
/// pronoun would. Bodies, documents and descriptions that introduce someone new keep their words; so does an office the
/// article gave someone else ("the prime minister" after "Health minister Jo Kaul", in the office tests). "the former England
/// captain" is found by the office's holder ("former England captain Luke Barton" gives him "captain").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Working as a pundit for TNT Sports, former England captain Luke Barton was far harsher.", "\"United might have the most expensive squad in Europe, but they still don't have a team,\" said the former England captain, who won 42 caps.", "Luke Barton")]
    [InlineData("en", "John Lacey, 64, who has run the bus operator Northway Transport since 2012, will hand over on 1 January to a successor.", "\"Nick knows the business better than I do,\" the veteran boss joked at a press conference in Leeds.", "John Lacey")]
    [InlineData("fr", "Consultant pour Canal+, l'ancien international Ludovic Barthe s'est montré plus sévère.", "« Le PSG a peut-être le meilleur effectif d'Europe, mais il n'a pas encore une équipe », a tranché l'ancien international.", "Ludovic Barthe")]
    public void An_epithet_stands_for_the_person_named_before_it(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("en", "The statement released by the Council also announced Essam Sharaf as the new prime minister.", "\"The council decided to accept the resignation,\" the armed forces said on Facebook.", "Essam Sharaf")]
    [InlineData("en", "Foreign Secretary Alan Dunmore met the ambassador on Monday.", "\"China firmly opposes any form of official interaction,\" said the Chinese embassy in London.", "Alan Dunmore")]
    [InlineData("fr", "Le ministre Marco Minniti a salué le travail des enquêteurs.", "« Si je prête serment demain, je suis obligé », aurait dit le chef du groupe.", "Marco Minniti")]
    public void A_body_or_a_description_with_a_complement_is_no_epithet(string language, string first, string second, string notTheSpeaker)
    {
        // (Passes before too: the guards. A plural, a body's noun or a complement introduces someone the article has not named.)
        Assert.NotEqual(notTheSpeaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("en", "Standing alongside President Nicolas Sarkozy, Ingrid Betancourt said, \"I cry with joy.\" The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla Bruni-Sarkozy.", "\"I have been dreaming for seven years of this moment,\" she said.", "Ingrid Betancourt")]
    [InlineData("fr", "Ingrid Betancourt a remercié la France. L'ancienne otage franco-colombienne a été accueillie par Carla Bruni-Sarkozy.", "« J'ai rêvé de ce moment pendant sept ans », a-t-elle dit.", "Ingrid Betancourt")] // passes before too
    public void A_sentence_whose_subject_is_an_epithet_speaks_of_the_person_named_before(string language, string first, string second, string speaker)
    {
        // The names in the epithet's sentence (the First Lady) had been taken for "she".
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Theory]
    [InlineData("en", "The mayor, Tom Bradley, was unrepentant.", "\"It was the right call for the city,\" he said.", "Tom Bradley")]
    [InlineData("en", "The head teacher, Karen White, is adamant.", "\"Our pupils deserve better,\" she said.", "Karen White")] // passes before too
    [InlineData("fr", "Le maire, Jean Dupuis, est catégorique.", "« Il n'y a aucun danger pour la population », a-t-il assuré.", "Jean Dupuis")]
    public void A_description_with_its_name_in_apposition_is_no_epithet(string language, string first, string second, string speaker)
    {
        // (Twenty-eighth session, from a snippet.) "The mayor, Tom Bradley, was …" had been read as an epithet's sentence and
        // skipped, so "he" found no one.
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
