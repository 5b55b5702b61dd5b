namespace ClaimLang.Text;

/// <summary>A zero-based line and character (UTF-16 code unit) position, as the language server protocol counts them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>One-based, as compilers print them: <c>line,col</c>.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
