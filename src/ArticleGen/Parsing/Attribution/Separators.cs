namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The separator arrays the rules split names and descriptions with, made once: written inline
/// (<c>Split(new[] { ' ', '\u00A0' }, …)</c>), each call allocated a new array, several times per
/// name the name index records. Never written to: Split and IndexOfAny only read them.
/// </summary>
internal static class Separators
{
    /// <summary>A space and a no-break space: the spaces inside names and descriptions.</summary>
    public static readonly char[] Spaces = { ' ', '\u00A0' };

    /// <summary>The two apostrophes: typewriter and typographic.</summary>
    public static readonly char[] Apostrophes = { '\'', '’' };
}
