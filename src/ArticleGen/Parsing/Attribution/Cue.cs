namespace ArticleGen.Parsing.Attribution;

internal enum SpeakerKind
{
    /// <summary>A personal or organisation name, to be resolved to its fullest form.</summary>
    Name,

    /// <summary>il, elle, he, she, they…: resolved to the last person named as a speaker.</summary>
    Pronoun,

    /// <summary>The article names nobody: "l’armée", "the spokesperson".</summary>
    Description,
}

/// <summary>
/// What a cue says about a quote's speaker. <paramref name="Again"/>: the cue says the speaker goes on
/// ("« … », ajoute-t-il encore"): a pronoun stands for the previous quote's speaker.
/// </summary>
internal sealed record Cue(SpeakerKind Kind, string Text, string? Role, bool Again = false);
