namespace ArticleGenTests.Parsing;

/// <summary>
/// Three readings from the whole-article probe set, tuning half (twenty-ninth session): an English speech verb in the passive
/// with no agent ("the new bills would be posted to households "…"") is no cue, so the verb before it speaks; "la mère de
/// famille" is one noun, an epithet like "la boulangère"; and a relative after an inverted incise ("« … », poursuit la mère de
/// famille, qui affirme avoir « … »") has the incise's subject for antecedent, not the verb and its subject.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("The budget must still be approved on March 4. A spokesman for the council said the new bills would be posted to households \"in the second half of March\".", "A spokesman for the council")]
    [InlineData("Tom Hale was quoted as saying the plan was \"the worst decision this council has made in years\".", "Tom Hale")] // passes before too: "quoted as" stays a cue
    public void A_passive_speech_verb_with_no_agent_is_no_cue(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("« On nous a d'abord dit que c'était une question de jours », poursuit la mère de famille.", "Sandrine Baudry")]
    [InlineData("« On nous a d'abord dit que c'était une question de jours », poursuit la mère de famille, qui affirme avoir « épuisé toutes les voies polies ».", "Sandrine Baudry")]
    public void A_mother_of_the_family_is_named_again(string last, string speaker)
    {
        Assert.Equal(speaker, Attribute(
            "fr",
            "« Nos enfants passent le bac en juin », tempête Sandrine Baudry, présidente de la FCPE. Elle a elle-même une fille dans l'une des classes.",
            "Au total, 58 élèves sont privés de cours.",
            last).Speaker);
    }
}
