namespace ArticleGenTests.Parsing;

/// <summary>
/// A plural owner inside a person's affiliation ("Andrew Mwangura of the Seafarers' Assistance Program said") is part of the
/// body's name: its apostrophe, a token of its own, hid the owner from the affiliation test, and the body spoke, its owner
/// read as a title ("Assistance Program", role "Andrew Mwangura of the Seafarers'"; dev en-somali-piracy-british-couple-freed,
/// thirty-sixth session). Nor is a plural owner opening a body's name a title before it ("The Women's Rights League said" gave
/// "Rights League" with the role "Women's"); a place owns in the singular and stays a title ("Hong Kong's Carrie Lam").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Andrew Mwangura of the Seafarers' Assistance Program said Saturday, \"I can confirm the pirates hijacked the ship.\"", "Andrew Mwangura")]
    [InlineData("Jane Doe of the Workers' Rights League said: \"I can confirm it.\"", "Jane Doe")]
    [InlineData("Jane Doe of the Women's Rights League said: \"I can confirm it.\"", "Jane Doe")] // passes before too: a singular owner is one token
    public void A_plural_owner_inside_an_affiliation_is_part_of_the_bodys_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("The Women's Rights League said: \"I can confirm it.\"", "Women's Rights League", null)]
    [InlineData("The Seafarers' Assistance Program said: \"I can confirm it.\"", "Seafarers' Assistance Program", null)]
    [InlineData("The Workers' Party said: \"I can confirm it.\"", "Workers' Party", null)] // passes before too
    [InlineData("Hong Kong's Carrie Lam said: \"I can confirm it.\"", "Carrie Lam", "Hong Kong's")] // passes before too: a guard
    public void A_plural_owner_opening_a_bodys_name_is_no_title(string paragraph, string speaker, string? role)
    {
        Assert.Equal((speaker, role), Attribute("en", paragraph));
    }
}
