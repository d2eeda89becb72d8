using System.Text;

namespace ArticleGen.Emit;

/// <summary>
/// Writes C# with four-space indentation and LF line endings, whatever the machine, so the
/// generated files are byte-identical everywhere (after the Regex generator's IndentedTextWriter).
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public IndentedWriter(int capacity = 1024) => _builder = new StringBuilder(capacity);

    /// <summary>Writes into <paramref name="builder"/>, an empty builder kept from one file to the next (<see cref="EmitBuffers"/>).</summary>
    public IndentedWriter(StringBuilder builder) => _builder = builder;

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line and returns the builder, for a long line written in pieces (then call <see cref="EndLine"/>).</summary>
    public StringBuilder BeginLine()
    {
        _builder.Append(' ', _indent * 4);
        return _builder;
    }

    public void EndLine() => _builder.Append('\n');

    public void OpenBlock(string header)
    {
        Line(header);
        Line("{");
        Indent();
    }

    /// <summary>Opens a block whose header is written in two parts, without joining them first.</summary>
    public void OpenBlock(string headerStart, string headerEnd)
    {
        BeginLine().Append(headerStart).Append(headerEnd);
        EndLine();
        Line("{");
        Indent();
    }

    public void CloseBlock()
    {
        Outdent();
        Line("}");
    }

    public override string ToString() => _builder.ToString();
}
