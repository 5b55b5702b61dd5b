using System.Globalization;

namespace ClaimLang.Diagnostics;

/// <summary>
/// What a diagnostic code means: its stable id, a short title, the message format (composite
/// format, filled in with the invariant culture), its default severity and a long explanation
/// for <c>claimc explain</c> and SARIF rules.
/// </summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string id, string title, string messageFormat, DiagnosticSeverity defaultSeverity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        DefaultSeverity = defaultSeverity;
    }

    public string Id { get; }

    public string Title { get; }

    internal string MessageFormat { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The long explanation (Markdown), kept beside the catalogue as Explanations/ID.md.</summary>
    public string HelpText => DiagnosticExplanations.Get(Id);

    // A message that is its one argument is that string itself, not a copy: a file of junk
    // repeats one such message hundreds of thousands of times, and may then keep one string.
    internal string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat
        : MessageFormat == "{0}" && arguments is [string whole] ? whole
        : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    public override string ToString() => Id;
}
