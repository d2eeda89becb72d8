namespace ArticleGenTests.Parsing;

/// <summary>
/// "… sur le site internet de Christophe Chalençon, ce dernier a affirmé que « … ». En commentaire, il a écrit qu'il combattra
/// « … »": a sentence whose subject is "ce dernier" (or "the latter") speaks of the last person named before it, and a later
/// pronoun that agrees stands for that person; before, the pronoun passed over the sentence as one whose subject is a pronoun
/// (thirty-first session).
/// </summary>
public sealed partial class AttributionTests
{
    [Fact]
    public void A_pronoun_after_a_sentence_about_the_latter_stands_for_the_latter()
    {
        Assert.Equal("Christophe Chalençon", Attribute("fr",
            "Fabrice Schlegel a déclaré : « Non. »",
            "Vers 14h00, dans une vidéo mise en ligne sur le site internet de Christophe Chalençon, ce dernier a affirmé que « nous sommes à la limite de la guerre civile ». En commentaire de la vidéo, il a écrit qu'il combattra « jusqu'au dernier souffle l'extrémisme ».").Speaker);
        Assert.Equal("Paul Martin", Attribute("fr",
            "Fabrice Schlegel a déclaré : « Non. »",
            "Marie Dupont a reçu le soutien de Paul Martin. Ce dernier a expliqué son choix lundi. « C'est la seule candidate sérieuse », a-t-il ajouté.").Speaker);
        Assert.Equal("Paul Martin", Attribute("en",
            "Fabrice Schlegel said: \"No.\"",
            "Marie Dupont received the support of Paul Martin. The latter explained his choice on Monday. \"She is the only serious candidate,\" he added.").Speaker);
    }
}
