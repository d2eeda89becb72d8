namespace ArticleGenTests.Parsing;

/// <summary>
/// "The coach keeps faith in her players. "…"", "La directrice refuse ce procès. « … »", "L'élu ne décolère pas. « … »": the
/// description opening the sentence before a quote with no cue is read up to a verb no list holds (a present), a negation or
/// a French pronoun before the verb, when the words before it are an office the article gave one person; that person
/// speaks. Before, the verb was not found and the quote went on from the last speaker (the one who spoke against them).
/// Found in the thirty-fifth session by a battery of such sentences, written after the standalone-quote probe set's misses.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "Coach Dana Holt has led the team for six years. Captain Mia Sands said the squad was \"devastated\".",
        "The coach keeps faith in her players. \"We lost a game, not a season. We go again on Saturday.\"", "Dana Holt")]
    [InlineData("en", "Novelist Ruth Adeyemi won the prize. Her editor, Simon Carr, praised \"the book of her life\".",
        "The novelist thanks her family. \"They put up with me for six years. This is theirs too.\"", "Ruth Adeyemi")]
    [InlineData("fr", "La directrice de l'hôpital, Claire Vasseur, a présenté le plan. Le syndicat SUD dénonce « un plan d'économies ».",
        "La directrice refuse ce procès. « Aucun lit ne sera fermé. Nous recrutons vingt infirmières. »", "Claire Vasseur")]
    [InlineData("fr", "Le maire de Vierzon, Philippe Berthier, a réuni la presse mardi. Son opposant, Marc Lenoir, parle d'« une opération de com ».",
        "L'élu ne décolère pas. « Trois dépôts sauvages en un mois, c'est inacceptable. Nous porterons plainte. »", "Philippe Berthier")]
    [InlineData("fr", "La ministre de la Culture, Rachida Dati, était à Cannes. Le producteur Paul Roux évoque « un festival sous tension ».",
        "La ministre y voit un signe. « Le cinéma français se porte bien. Les entrées progressent. »", "Rachida Dati")]
    public void A_description_before_any_verb_names_the_office_holder(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
