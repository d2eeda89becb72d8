namespace ArticleGenTests.Parsing;

/// <summary>
/// A quote with no cue after a sentence that opens on a definite description and its verb ("Le ministre a voulu rassurer.
/// « … »", "The union said the offer was an insult. "…"") is the words of whom the description names: the one holder of its
/// title or office, the one body of its kind. Found in the twenty-third session on a probe set of standalone quotes written
/// blind for it; before, the quote went to the last person named.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "Le ministre de l'Intérieur, Laurent Dugas, s'est rendu mardi à Mayotte. Le député de l'île, Ibrahim Saïd Ali, lui a reproché « des annonces sans lendemain ».",
        "Le ministre a voulu rassurer. « Deux escadrons de gendarmes mobiles arriveront d'ici la fin de la semaine. Ils resteront le temps qu'il faudra. »", "Laurent Dugas")]
    [InlineData("fr", "« Ce n'est pas un plan social », a assuré jeudi le PDG de la mutuelle Horizon Santé, Benoît Lemaire. Selon la déléguée CFDT Karine Boulet, près de 200 salariés devront changer de poste.",
        "Le dirigeant maintient sa position. « Personne ne sera licencié. Chaque salarié se verra proposer un poste. »", "Benoît Lemaire")]
    [InlineData("en", "The Environment Agency has issued 87 flood warnings across England. In Shrewsbury, publican Gary Nolan has moved his stock upstairs. “You just get used to it,” he said.",
        "The agency urged people to stay away from swollen rivers. “Just 30cm of flowing water is enough to float a car. Please do not drive through flood water.”", "Environment Agency")]
    public void A_lead_in_opening_on_a_description_names_the_speaker(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }

    [Fact]
    public void A_description_naming_no_one_given_leaves_the_quote_to_the_other_rules()
    {
        // "L'établissement public" is given to no one: the quote is not "L'établissement public"'s by finding the phrase again.
        var speaker = Attribute("fr", "Météo-France a placé dimanche quatorze départements en vigilance orange canicule.",
            "L'établissement public appelle à la prudence. « Cet épisode est précoce et intense pour un mois de juin. »").Speaker;
        Assert.NotEqual("L'établissement public", speaker);
    }

    [Theory]
    [InlineData("À Genève, trois rapporteurs de l'ONU, la Chilienne Paula Errázuriz, la Kényane Grace Wanjiru et le Canadien Daniel Lussier, ont présenté jeudi un rapport. Paula Errázuriz a détaillé le sort des migrants.",
        "Interrogé sur la coopération de Mexico, le Canadien a pesé ses mots. « Nous avons reçu des réponses à nos courriers. Des réponses, pas des résultats. »", "Daniel Lussier")]
    [InlineData("Le glaciologue suisse Martin Aebischer et sa collègue norvégienne Ingrid Solberg reviennent d'une expédition. « Nous avons mesuré une perte de deux mètres », répond Ingrid Solberg.",
        "Faut-il encore espérer sauver le glacier ? Le Suisse hésite un moment. « Une partie, peut-être. Mais les enfants ne verront pas le glacier que j'ai connu. »", "Martin Aebischer")]
    public void A_lead_in_opening_on_a_nationality_names_the_one_person_given_it(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", first, second).Speaker);
    }
}
