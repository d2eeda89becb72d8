namespace ArticleGenTests.Parsing;

/// <summary>
/// "Asked whether he would tone down his work, the cartoonist shook his head. "…"", "The teacher did not hesitate. "…"": the
/// verb after a description opening the sentence before a quote is found among English pasts not in -ed too, so the
/// description is read (AttributionTests.DescribedLeadIns.cs) and names the person the article gave that role. Before, "shook",
/// "did", "knew", "thought" were not known as verbs, no subject ended, and the quote went on from the last speaker. Found in
/// the thirty-fifth session on the standalone-quote probe set.
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Malaysian cartoonist Ahmad Zulkifli has published a new collection. His editor, Mei Ling Tan, said three print shops had turned it down. \"They all said the same thing,\" Tan said.",
        "Asked whether he would tone down his work, the cartoonist shook his head. \"If I draw softer, they will only ask for softer again next year.\"", "Ahmad Zulkifli")]
    [InlineData("The school was founded by engineer Tunde Bakare and teacher Ngozi Eze. \"It started with my aunt,\" Bakare recalled.",
        "The teacher did not hesitate. \"Confidence. Many of them were told at school that they were bad at mathematics.\"", "Ngozi Eze")]
    [InlineData("Coach Peni Raqio said his players were \"heartbroken\". Captain Jone Vatubua said the team had \"given everything\".",
        "The coach knew what he wanted to say. \"Everyone in the stadium saw the knock-on except the referee. We deserve an explanation.\"", "Peni Raqio")]
    public void A_description_before_an_irregular_past_names_the_speaker(string first, string second, string speaker)
    {
        Assert.Equal(speaker, Attribute("en", first, second).Speaker);
    }
}
