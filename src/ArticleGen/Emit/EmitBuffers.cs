using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleGen.Emit;

/// <summary>
/// The buffers one article's emit writes into (the generated file, the pooled text, the layout and the
/// pool's index), kept for the next article emitted on the same thread. Allocated afresh, they were most
/// of the emitter's allocations, about the size of the generated file twice over, and every one of them
/// was garbage by the time the file was done (docs/performance.md, item 3, <c>perf-emit-1</c>).
/// </summary>
/// <remarks>
/// The only static mutable state of the emitter, and per thread: the generator may emit articles on
/// several threads at once, and each takes its own. <see cref="Rent"/> empties the slot, so an emit that
/// failed half-way (an exception leaves the buffers unreturned) or one started inside another gets
/// fresh buffers instead of sharing them.
/// </remarks>
internal sealed class EmitBuffers
{
    /// <summary>
    /// Buffers grown past this many characters are dropped rather than kept: a thread that once emitted
    /// a 400 KB article must not hold that much for the rest of the build. Seed-sized articles need
    /// about 6,000 for the file.
    /// </summary>
    private const int MaxKeptCharacters = 64 * 1024;

    [ThreadStatic]
    private static EmitBuffers? t_spare;

    public StringBuilder File { get; } = new(8 * 1024);

    public CharBuffer Text { get; } = new(4 * 1024);

    public CharBuffer Layout { get; } = new(1024);

    public Dictionary<string, int> Pooled { get; } = new(StringComparer.Ordinal);

    public static EmitBuffers Rent()
    {
        var buffers = t_spare ?? new EmitBuffers();
        t_spare = null;
        return buffers;
    }

    /// <summary>Empties the buffers and keeps them for the thread's next emit, unless they grew too large to keep.</summary>
    public void Return()
    {
        if (File.Capacity > MaxKeptCharacters || Text.Capacity > MaxKeptCharacters || Layout.Capacity > MaxKeptCharacters)
        {
            return;
        }

        File.Clear();
        Text.Clear();
        Layout.Clear();
        Pooled.Clear();
        t_spare = this;
    }
}
