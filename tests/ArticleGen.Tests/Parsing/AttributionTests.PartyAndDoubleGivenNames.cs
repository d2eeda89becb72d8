namespace ArticleGenTests.Parsing;

/// <summary>
/// A party's member before a given name and a surname is a title ("Liberal Democrat Vince Cable"), and a given name before
/// another given name is the first of two ("Jean Christophe Schwaab" stays whole, though "Christophe Schwaab" is also a
/// name span). Found in the twentieth session on its new dev batches.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Liberal Democrat Vince Cable expressed his displeasure at Fallon's remarks, saying it was \"an appalling way to conduct the argument\".", "Vince Cable", "Liberal Democrat")]
    [InlineData("Republican John McCain criticised the plan, calling it \"a gift to our adversaries\".", "John McCain", "Republican")]
    public void A_partys_member_before_a_given_name_is_a_title(string paragraph, string speaker, string role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }

    [Fact]
    public void Two_given_names_before_a_surname_stay_one_name()
    {
        var speaker = Attribute(
            "en",
            "According to Jean Christophe Schwaab, a member of Switzerland's lower house of representatives, socialists must not support the proposition, which he judges will \"do more harm than good and be a disaster for employees\".").Speaker;
        Assert.Equal("Jean Christophe Schwaab", speaker);
    }
}
