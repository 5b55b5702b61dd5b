using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Output;

/// <summary>Colours for the text format: ANSI escape codes for a terminal, nothing otherwise.</summary>
internal sealed class TextStyle
{
    private const string Reset = "\u001b[0m";

    public static readonly TextStyle Plain = new(enabled: false);

    public static readonly TextStyle Ansi = new(enabled: true);

    private readonly bool _enabled;

    private TextStyle(bool enabled) => _enabled = enabled;

    public string Bold(string text) => Paint(text, "\u001b[1m");

    public string Severity(DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => Paint(text, "\u001b[1;31m"),
        DiagnosticSeverity.Warning => Paint(text, "\u001b[1;33m"),
        _ => Paint(text, "\u001b[1;36m"),
    };

    public string Note(string text) => Paint(text, "\u001b[1;36m");

    public string Marker(string text) => Paint(text, "\u001b[1;32m");

    private string Paint(string text, string code) => _enabled && text.Length > 0 ? code + text + Reset : text;
}
