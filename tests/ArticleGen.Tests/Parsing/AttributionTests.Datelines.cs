namespace ArticleGenTests.Parsing;

/// <summary>
/// A dateline ("PARIS (AFP) -", "LONDON (Reuters) —", "WASHINGTON, Jan. 28, 2014 —") opens no sentence's subject: the city had
/// been taken for the speaker of a quote in the first sentence (twenty-ninth session, from the whole-article probe set).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("NAIROBI (AFP) - Aid agencies warned on Monday of \"a slide towards famine conditions\" in the north.", "Aid agencies")]
    [InlineData("LONDON (Reuters) — Prison conditions are worse than ever, the watchdog said on Tuesday, calling the jail \"squalid and unsafe\".", "the watchdog")] // passes before too: the participle rule reads past the city
    [InlineData("WASHINGTON, Jan. 28, 2014 — Lawmakers on Tuesday called the plan \"dead on arrival\".", "Lawmakers")] // passes before too
    public void A_dateline_opens_no_subject(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("PARIS (AFP) - La Cour des comptes critique", "La Cour")]
    [InlineData("LONDON (Reuters) — Prisoners were locked", "Prisoners")]
    [InlineData("WASHINGTON, Jan. 28, 2014 — The president", "The president")]
    [InlineData("NAIROBI – Aid agencies warned", "Aid agencies")]
    [InlineData("EU ministers – including France – said", null)]
    [InlineData("UN officials said - again - that", null)]
    [InlineData("Paris (AFP) - La Cour", null)]
    public void Dateline_text_start_is_past_the_dash(string paragraph, string? textOpening)
    {
        var start = ArticleGen.Parsing.Dateline.TextStart(paragraph);
        Assert.Equal(textOpening, start < 0 ? null : paragraph.Substring(start, textOpening!.Length));
    }
}
