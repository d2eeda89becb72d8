using System.Collections.Generic;

namespace ArticleGen;

/// <summary>A person or body the article quotes, with every quote attributed to them.</summary>
public sealed class Speaker
{
    internal Speaker(string name, string? role, IReadOnlyList<Quote> quotes)
    {
        Name = name;
        Role = role;
        Quotes = quotes;
    }

    /// <summary>The fullest name the article gives, or the description it uses when it names nobody.</summary>
    public string Name { get; }

    /// <summary>The speaker's function as the article gives it, else <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <summary>The quotes attributed to this speaker, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
