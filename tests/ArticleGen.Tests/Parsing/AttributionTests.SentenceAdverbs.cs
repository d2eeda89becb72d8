using ArticleGen.Parsing;

namespace ArticleGenTests.Parsing;

/// <summary>
/// A sentence adverb opening its sentence is no one's name: "Anyway, I passed through the sit-in … I will say "…"" gave
/// "Anyway" as the speaker (found in the fifteenth session on the Global Voices dev batch, an eyewitness's blog post).
/// </summary>
public sealed partial class AttributionTests
{
    [Theory]
    [InlineData("Anyway, I passed through the sit-in (I won't say \"revolutionaries\" and \"thugs\", I will say \"from our side\" and \"from their side\").")]
    // (The second passed before too.)
    [InlineData("Apparently, I went through the sit-in (I won't say \"revolutionaries\" and \"thugs\", I will say \"from our side\" and \"from their side\").")]
    public void A_sentence_adverb_is_no_speaker(string paragraph)
    {
        // With no speaker, the narrator's coined terms are skipped as such: no quote, and no "Anyway" among the speakers.
        var article = ArticleParser.Parse("Headline: Test\nLanguage: en\n\n" + paragraph);
        Assert.Empty(article.Speakers);
        Assert.Empty(article.Quotes);
    }

    [Theory]
    [InlineData("Kevin Bergner said the fighting was no proxy war. Rather it is \"to deal with criminals in the streets with weapons,\" he said.")]
    [InlineData("Kevin Bergner said the fighting was no proxy war. Overall it is \"a question of law and order,\" he said.")]
    [InlineData("Kevin Bergner said the fighting was no proxy war. Afterwards it was \"a question of law and order,\" he said.")]
    [InlineData("Former deputy director of operations Kevin Bergner was also sentenced. He is reported to have said \"a question of law and order\".")] // passes before too
    // ("Former" stays a possible first word of a subject: as a word that names no one it made "Former minister Kevin Bergner,
    // 65," an opening phrase to skip; tried and dropped in the seventeenth session.)
    [InlineData("Former minister Kevin Bergner, 65, said the plan was flawed. \"It will not work,\" he said.")] // passes before too
    [InlineData("Former minister Kevin Bergner, who led the ministry for years, criticised the plan. \"It will not work,\" he said.")] // passes before too
    // (Nor a number: "Sixty residents, led by Kevin Bergner," stays the subject. Since the twenty-first session a number is
    // no name word, so the person in the group's apposition is the antecedent; numbers in NotNames, which made the count an
    // opening phrase to skip, were tried and dropped in the seventeenth.)
    [InlineData("Sixty residents, led by Kevin Bergner, signed the letter. \"It will not work,\" he said.")] // passes before too
    public void An_adverb_opening_the_sentence_is_no_antecedent(string paragraph)
    {
        // "Rather it is "…," he said": "Rather" had been read as a name and taken for "he" (seventeenth session, AMALGUM dev).
        Assert.Equal("Kevin Bergner", Attribute("en", paragraph).Speaker);
    }
}
