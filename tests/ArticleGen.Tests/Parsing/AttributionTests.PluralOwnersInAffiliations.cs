namespace ArticleGenTests.Parsing;

/// <summary>
/// A plural owner inside a person's affiliation ("Andrew Mwangura of the Seafarers' Assistance Program said") is part of the
/// body's name: its apostrophe, a token of its own, hid the owner from the affiliation test, and the body spoke, its owner
/// read as a title ("Assistance Program", role "Andrew Mwangura of the Seafarers'"; dev en-somali-piracy-british-couple-freed,
/// thirty-sixth session).
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
}
