namespace ArticleGenTests.Parsing;

/// <summary>
/// A person named once with a description the article uses again later: a noun in apposition after a title, an office
/// with its complement before the name, an age description that a pronoun then stands for. Found in the twenty-second
/// session on the agency-style probes the rules had not been written on (constructions-agency-unseen).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_noun_apposed_after_a_titled_name_finds_that_person()
    {
        // "la docteure" is the title; "pneumopédiatre", after the comma, describes her too.
        Assert.Equal("Agnès Delmotte", Attribute(
            "fr",
            "« On trie, on arbitre », confie la docteure Agnès Delmotte, pneumopédiatre. Un constat partagé par une infirmière.",
            "« Je n'ai jamais vu une vague arriver aussi tôt », ajoute la pneumopédiatre.").Speaker);
    }

    [Theory]
    [InlineData("Le sénateur du Cantal Bernard Fauvel a déposé mardi une proposition de loi.", "« On ne peut toujours pas appeler les secours », insiste le sénateur.", "Bernard Fauvel")]
    [InlineData("Le sénateur du Cantal Bernard Fauvel a déposé mardi une proposition de loi.", "« On ne peut toujours pas appeler les secours », insiste le parlementaire.", "Bernard Fauvel")]
    [InlineData("Le ministre de l'Intérieur Christophe Castaner a présenté mardi son plan.", "« Nous ne céderons rien », a martelé le ministre.", "Christophe Castaner")]
    public void An_office_and_its_complement_before_a_name_find_that_person_later(string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", before, paragraph).Speaker);
    }

    [Fact]
    public void Two_holders_of_the_office_leave_the_description_as_written()
    {
        // (Passes before too.) Two senators: "le sénateur" is neither.
        Assert.Equal("le sénateur", Attribute(
            "fr",
            "Le sénateur du Cantal Bernard Fauvel et le sénateur de la Lozère Alain Bertrand ont déposé une proposition de loi.",
            "« On ne peut toujours pas appeler les secours », insiste le sénateur.").Speaker);
    }

    [Fact]
    public void A_pronoun_whose_antecedent_is_an_age_description_is_the_person_it_refers_to()
    {
        Assert.Equal("Patrick Mollard", Attribute(
            "fr",
            "Au deuxième jour du procès, le tribunal a entendu l’ancien chef d’exploitation, Patrick Mollard.",
            "Le sexagénaire a reconnu avoir signalé l’usure d’un câble. « On me répondait que la révision était programmée », a-t-il expliqué.").Speaker);
    }

    [Theory]
    [InlineData("en", "The former Conservative minister Sir Alan Pettigrew has announced he will stand down.", "Speaking to reporters, the former minister said: \"I have loved every minute.\"", "Alan Pettigrew")]
    [InlineData("en", "Fiona Garside accused the health minister, Joanne Pryce, of presiding over a collapse.", "\"Nobody closes a maternity unit lightly,\" the minister told her.", "Joanne Pryce")]
    [InlineData("fr", "L'ancienne ministre de la Culture Françoise Lemercier publie un essai.", "« Je n'ai aucune leçon à recevoir », a rétorqué l'ex-ministre mardi.", "Françoise Lemercier")]
    public void An_office_given_before_a_form_of_address_or_after_a_modifier_finds_its_holder(string language, string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, before, paragraph).Speaker);
    }

    [Fact]
    public void An_age_description_in_the_paragraph_before_a_pronoun_stands_for_the_person_named_before_it()
    {
        Assert.Equal("Loïc Tanguy", Attribute(
            "fr",
            "Le chanteur Loïc Tanguy, figure de la scène bretonne, a annoncé dimanche l'annulation de sa tournée. Dans un message publié sur sa page Facebook, l'artiste de 58 ans évoque une opération du cœur.",
            "« Je vous demande pardon, mais mon médecin a été très clair », écrit-il. Son producteur, Alain Le Dantec, assure que les billets seront remboursés.").Speaker);
    }

    [Theory]
    [InlineData("Le président de la cave coopérative, Julien Caussade, a été réélu dimanche.", "Dans son discours, le nouveau président a évoqué « des années difficiles ».", "Julien Caussade")]
    [InlineData("La ministre de la Culture, Françoise Lemercier, a quitté ses fonctions en mai.", "« Je n'ai aucune leçon à recevoir », a rétorqué l'ancienne ministre mardi.", "Françoise Lemercier")]
    public void A_french_office_after_an_adjective_of_time_finds_its_holder(string before, string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("fr", before, paragraph).Speaker);
    }
}
