namespace ArticleGenTests.Parsing;

/// <summary>
/// A passive participle of judging or describing set after a comma or right after its noun, then the quote and "par"/"by":
/// the agent said it ("L'accord, jugé « fragile » par le médiateur, X,", "The terminal, described as "…" by councillor X,").
/// After "a"/"has" the participle is active and the rule stays out. Found in the twenty-third session on the partial-quote probes.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("fr", "L'accord de cessez-le-feu signé mercredi, jugé « fragile mais bien réel » par le médiateur de l'Union africaine, Kwame Asante, doit entrer en vigueur vendredi.", "Kwame Asante")]
    [InlineData("fr", "La réforme a été jugée « totalement irréaliste » par Martine Dufau.", "Martine Dufau")]
    [InlineData("fr", "Présentée lundi par la région, la réforme a été jugée « totalement irréaliste dans les zones rurales » par la présidente du conseil départemental du Gers, Martine Dufau.", "Martine Dufau")]
    [InlineData("en", "The new ferry terminal in Tromsø, described as “a monument to waste” by opposition councillor Ingrid Solberg, opened on Saturday.", "Ingrid Solberg")]
    [InlineData("en", "The ruling, deemed “a dangerous precedent” by the lawyer Tom Hale, was upheld on Friday.", "Tom Hale")]
    public void An_apposed_passive_participle_names_its_agent(string language, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, paragraph).Speaker);
    }

    [Fact]
    public void A_reduced_relative_participle_names_its_agent_described_by_office()
    {
        Assert.Equal("Hélène Marchetti", Attribute("fr",
            "La sénatrice écologiste Hélène Marchetti a interpellé mardi le ministre des Transports, Bruno Lacaze. Celui-ci a invoqué des raisons de sécurité.",
            "Une explication jugée « très insuffisante » par la sénatrice, qui réclame une expertise indépendante.").Speaker);
    }

    [Fact]
    public void A_participle_after_the_active_auxiliary_is_no_passive()
    {
        // "a jugé « … » par avance": the mayor judged; "par avance" names no agent.
        Assert.Equal("Jean Roux", Attribute("fr", "Le maire Jean Roux a jugé « tout à fait inacceptable » par avance toute fermeture de classe.").Speaker);
    }
}
