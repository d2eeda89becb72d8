using System;
using System.ComponentModel;
using System.Reflection;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace ArticleGen;

/// <summary>
/// Infrastructure for the code ArticleGen generates; not meant to be called by hand.
/// </summary>
/// <remarks>
/// Each generated article is a nested class holding two <c>const string</c> fields: <c>Text</c>
/// (every string of the article, pooled) and <c>Layout</c> (integers saying where each element's
/// strings sit in <c>Text</c>). Constants live in the assembly's metadata, not in the user-string
/// heap that <c>ldstr</c> literals share, so thousands of articles never hit error CS8103, and no
/// object graph is compiled. They are read once, on first access, by reflection.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArticleStore
{
    /// <summary>The prefix of the generated data classes' names (<c>__Alep2016</c>); no article identifier contains "__".</summary>
    internal const string DataClassPrefix = "__";

    private const BindingFlags ConstantFlags = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly;

    /// <summary>Returns the article cached in <paramref name="slot"/>, building it from <paramref name="dataType"/>'s constants on first use.</summary>
    /// <param name="slot">The generated static field that caches the article.</param>
    /// <param name="dataType">The generated class holding the <c>Text</c> and <c>Layout</c> constants.</param>
    public static Article Get(ref Article? slot, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields | DynamicallyAccessedMemberTypes.PublicFields)] Type dataType)
    {
        var article = Volatile.Read(ref slot);
        if (article is not null)
        {
            return article;
        }

        var built = Build(dataType);
        // Two threads may build at once; both results are equal and one wins.
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    /// <summary>
    /// The article of a generated data class, through the same cache as its property
    /// (the class's <c>Instance</c> field), for <see cref="ArticleIndex"/>.
    /// </summary>
    internal static Article Get([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields | DynamicallyAccessedMemberTypes.PublicFields)] Type dataType)
    {
        var slot = dataType.GetField("Instance", ConstantFlags)
            ?? throw new InvalidOperationException($"ArticleGen: generated type {dataType.FullName} has no field 'Instance'. Rebuild the project.");
        if (slot.GetValue(null) is Article cached)
        {
            return cached;
        }

        var built = Build(dataType);
        slot.SetValue(null, built); // a race builds twice and keeps the last: equal articles, no harm
        return (Article?)slot.GetValue(null) ?? built;
    }

    private static Article Build(Type dataType)
    {
        var text = ReadConstant(dataType, "Text");
        var layout = ReadConstant(dataType, "Layout");
        return LayoutReader.Read(text, layout);
    }

    private static string ReadConstant(Type dataType, string name)
    {
        var field = dataType.GetField(name, ConstantFlags)
            ?? throw new InvalidOperationException($"ArticleGen: generated type {dataType.FullName} has no constant '{name}'. Rebuild the project.");
        return (string)field.GetRawConstantValue()!;
    }
}
