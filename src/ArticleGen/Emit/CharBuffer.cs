using System;

namespace ArticleGen.Emit;

/// <summary>
/// A growable run of characters read where it lies (searched, escaped, copied into the generated file)
/// rather than turned into a string first: a <see cref="System.Text.StringBuilder"/> can only be read by
/// copying it out, and on netstandard2.0 it cannot append another builder or a span.
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars;

    public CharBuffer(int capacity = 256) => _chars = new char[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    /// <summary>The characters, valid up to <see cref="Length"/>.</summary>
    public char[] Chars => _chars;

    public int Capacity => _chars.Length;

    public ReadOnlySpan<char> AsSpan(int start, int length) => new(_chars, start, length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    public void Append(string value)
    {
        if (Length + value.Length > _chars.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(0, _chars, Length, value.Length);
        Length += value.Length;
    }

    public void Append(char[] chars, int start, int count)
    {
        if (Length + count > _chars.Length)
        {
            Grow(count);
        }

        Array.Copy(chars, start, _chars, Length, count);
        Length += count;
    }

    public override string ToString() => new(_chars, 0, Length);

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + needed));
}
