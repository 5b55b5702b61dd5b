namespace ClaimLang.Text;

/// <summary>A span given as zero-based start and end line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
