namespace ArticleGenTests.Parsing;

/// <summary>
/// After the verb, a description ending on capitalised titles, a comma, then a name ("said the organization's Secretary
/// General, Harun Khan") is that person's, the description and titles its role. Found in the twentieth session on a dev article.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("\"These acts of violence were truly shocking,\" said the organization's Secretary General, Harun Khan.", "Harun Khan", "organization's Secretary General")]
    [InlineData("\"We have nothing to hide,\" said the company's Chief Executive, Mary Dunn.", "Mary Dunn", "company's Chief Executive")]
    public void Titles_a_comma_and_a_name_after_a_description(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }
}
