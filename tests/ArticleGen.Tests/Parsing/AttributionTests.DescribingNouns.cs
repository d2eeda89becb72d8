namespace ArticleGenTests.Parsing;

/// <summary>
/// A person described by a common noun with its complement, in apposition ("Aurélie Ménard, infirmière de nuit au CHU de
/// Nantes,", "Karen Ross, a nurse at St James's Hospital,") or opening the sentence ("Infirmière depuis douze ans, Aurélie
/// Ménard …", "A nurse for twelve years, Karen Ross …"), is who "l'infirmière" or "the nurse" stands for later (twenty-eighth
/// session; only the noun alone between commas had been read, found on the second blind everyday probes).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Aurélie Ménard, infirmière de nuit au CHU de Nantes, prend son service à 21 heures. « Il faut rassurer autant que soigner », explique l'infirmière.", "Aurélie Ménard")]
    [InlineData("fr", "Infirmière depuis douze ans, Aurélie Ménard prend son service à 21 heures. « Il faut rassurer autant que soigner », explique l'infirmière.", "Aurélie Ménard")]
    [InlineData("en", "Karen Ross, a nurse at St James's Hospital, starts her shift at 9pm. \"You reassure as much as you treat,\" the nurse says.", "Karen Ross")]
    [InlineData("en", "A nurse for twelve years, Karen Ross starts her shift at 9pm. \"You reassure as much as you treat,\" the nurse says.", "Karen Ross")]
    [InlineData("fr", "Aurélie Ménard, infirmière, prend son service à 21 heures. « Il faut rassurer autant que soigner », explique l'infirmière.", "Aurélie Ménard")] // passes before too
    public void A_describing_noun_with_its_complement_names_the_person_later(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Theory]
    [InlineData("fr", "Mardi soir, Aurélie Ménard a pris son service. Une infirmière du service voisin l'a rejointe. « Il faut rassurer », explique l'infirmière.")]
    public void A_time_opening_describes_no_one(string language, string paragraph)
    {
        // (Passes before too: "Mardi soir" names no noun for her, and "une infirmière" is someone else.)
        Assert.NotEqual("Aurélie Ménard", Attribute(language, paragraph).Speaker);
    }
}
