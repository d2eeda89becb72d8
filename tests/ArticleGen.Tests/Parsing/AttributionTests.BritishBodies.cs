namespace ArticleGenTests.Parsing;

/// <summary>
/// British bodies (twenty-ninth session, from the whole-article probe set): "HM" opens a body's name and is no name of its own
/// ("HM Coastguard" had given "Coastguard" with the role "HM"); an English body's name with an "of" complement is named again by
/// the noun before "of" ("HM Inspectorate of Prisons …. the inspectorate said", "The Ministry of Defence …. the ministry said").
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("HM Coastguard sent two rescue teams, but said the helicopter had been \"unable to get close enough to the cliff face safely\".", "HM Coastguard")]
    [InlineData("HM Inspectorate of Prisons said its inspection had found \"squalid, overcrowded and unsafe\" conditions.", "HM Inspectorate of Prisons")]
    public void HM_opens_a_bodys_name(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", paragraph).Speaker);
    }

    [Theory]
    [InlineData("HM Inspectorate of Prisons published its report on Tuesday.", "\"Too many men spend the day behind their doors,\" the inspectorate said in the report.", "HM Inspectorate of Prisons")]
    [InlineData("The Ministry of Defence said two soldiers had been hurt in the blast.", "\"Their lives are not in danger,\" the ministry said.", "Ministry of Defence")]
    [InlineData("The Department of Health confirmed the figures on Monday.", "\"Every trust has been asked to prepare,\" the department said.", "Department of Health")]
    public void An_english_body_is_named_again_by_the_noun_before_of(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }
}
