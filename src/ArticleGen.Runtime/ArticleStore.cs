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
/// Each generated article is a nested class holding two <c>const string</c> fields: <c>__Text</c>
/// (every string of the article, pooled) and <c>__Layout</c> (integers saying where each element's
/// strings sit in <c>__Text</c>). Constants live in the assembly's metadata, not in the user-string
/// heap that <c>ldstr</c> literals share, so thousands of articles never hit error CS8103 and
/// compile about as fast as the bare text. They are read once, on first access, by reflection.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArticleStore
{
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

    private static Article Build(Type dataType)
    {
        var text = ReadConstant(dataType, "__Text");
        var layout = ReadConstant(dataType, "__Layout");
        return LayoutReader.Read(text, layout);
    }

    private static string ReadConstant(Type dataType, string name)
    {
        var field = dataType.GetField(name, ConstantFlags)
            ?? throw new InvalidOperationException($"ArticleGen: generated type {dataType.FullName} has no constant '{name}'. Rebuild the project.");
        return (string)field.GetRawConstantValue()!;
    }
}
