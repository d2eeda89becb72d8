namespace ArticleGenTests.Parsing;

/// <summary>
/// "le Malgache Tojo Rakotomalala": a French noun of nationality before a person's name makes it a person, not a body written
/// with its article, but the list held about a hundred countries' nouns, not Madagascar's; "Il décrit des soirées « … »" then
/// went to the city in the sentence before (partial probe fr-pb027, thirty-sixth session). The list now holds more of the
/// world's nations (regional nouns, "le Breton", stay out: they are surnames too).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Sur son blog, le Malgache Tojo Rakotomalala raconte les coupures qui paralysent Antananarivo depuis deux semaines. Il décrit des soirées « passées à la bougie ».", "Tojo Rakotomalala")]
    [InlineData("Sur son blog, l'Haïtien Jean Dumas raconte les coupures qui paralysent Jacmel depuis deux semaines. Il décrit des soirées « passées à la bougie ».", "Jean Dumas")]
    [InlineData("Sur son blog, le Libanais Karim Haddad raconte les coupures qui paralysent Tripoli depuis deux semaines. Il décrit des soirées « passées à la bougie ».", "Karim Haddad")] // passes before too
    public void A_french_nationality_before_a_name_makes_it_a_person(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", paragraph).Speaker);
    }
}
