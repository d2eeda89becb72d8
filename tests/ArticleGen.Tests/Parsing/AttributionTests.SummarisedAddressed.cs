namespace ArticleGenTests.Parsing;

/// <summary>
/// "summarise" is a speech verb ("…," summarised Zambian delegate Robert Mtonga); so is "addressed", as written ("X addressed
/// the jury, "…""; not "addressing", mostly "dealing with": "by addressing the causes"). Found in the nineteenth session on
/// two new dev batches.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("en", "A 39-nation coalition passed a declaration on Tuesday.", "\"Africa is ready for Dublin,\" summarised Zambian delegate Robert Mtonga.", "Robert Mtonga")]
    [InlineData("en", "The jury could not agree.", "Brian McMonagle, one of Cosby's lawyers, addressed the jury, \"We came here looking for an acquittal.\"", "Brian McMonagle")]
    public void Summarised_and_addressed_introduce_a_quote(string language, string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute(language, first, second).Speaker);
    }
}
