using ArticleGen.Model;
using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// Lists of charges and parenthesised translations (sixteenth session, from dev quotes that reproduce nobody's words:
/// "« attroupement armé »" listed after a charge, "( « Mère de toutes les bombes » )" translating a nickname).
/// </summary>
public sealed class QuoteGlossTests
{
    private static ArticleDocument Parse(string paragraph) => ArticleParser.Parse("Headline: Test\n\n" + paragraph);

    [Theory]
    [InlineData("Ils sont accusés de « violences sur personne dépositaire de l'autorité publique » , « attroupement armé » et « rébellion en réunion » , selon une source judiciaire.", 3)]
    [InlineData("Il avait été placé en détention pour « association de malfaiteurs en relation avec une entreprise terroriste » et « financement du terrorisme », rapporte sa mère.", 2)]
    public void Charges_listed_after_a_charge_are_charges(string paragraph, int charges)
    {
        var article = Parse(paragraph);
        Assert.Empty(article.Quotes);
        Assert.Equal(charges, article.SkippedQuotes.Count);
        Assert.All(article.SkippedQuotes, skipped => Assert.Equal("name of a charge", skipped.Reason));
    }

    [Theory]
    [InlineData("La bombe, surnommée « Mother of All Bombs » ( « Mère de toutes les bombes » ), a été larguée jeudi, a indiqué le Pentagone.")]
    [InlineData("He walked under the gate \"Arbeit macht frei\" (\"Work sets you free\") in silence.")]
    [InlineData("About a million people joined an anti-Brexit (\"British exit\") march in London on Saturday.")]
    public void A_parenthesised_translation_of_no_quote_is_no_quote(string paragraph)
    {
        var article = Parse(paragraph);
        Assert.Empty(article.Quotes);
        Assert.Contains(article.SkippedQuotes, skipped => skipped.Reason == "translation or gloss");
    }

    [Fact]
    public void A_parenthesised_quote_with_its_speaker_stays_a_quote()
    {
        // (Passes before too.) "(« … »)" after a speech verb reproduces words.
        var article = Parse("Le maire Paul Girard a répondu (« Nous ne fermerons pas cette école ») avant de quitter la salle.");
        Assert.Equal("Nous ne fermerons pas cette école", Assert.Single(article.Quotes).Text);
    }
}
