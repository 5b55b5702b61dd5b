using System.Collections.Immutable;

namespace ClaimLang.Diagnostics;

/// <summary>
/// One problem: a code with its descriptor, the severity in force, a message, the primary
/// location and the related locations. Immutable.
/// </summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string message, Location location,
        ImmutableArray<RelatedLocation> relatedLocations, bool isSuppressed, string? justification = null)
    {
        Justification = justification;
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Location = location;
        RelatedLocations = relatedLocations;
        IsSuppressed = isSuppressed;
    }

    internal static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments) =>
        new(descriptor, descriptor.DefaultSeverity, descriptor.FormatMessage(messageArguments), location, [], false);

    internal static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, IEnumerable<RelatedLocation> relatedLocations,
        params object?[] messageArguments) =>
        new(descriptor, descriptor.DefaultSeverity, descriptor.FormatMessage(messageArguments), location, [.. relatedLocations], false);

    /// <summary>A diagnostic whose message is already written (no format), with related locations it takes as they are.</summary>
    internal static Diagnostic Written(DiagnosticDescriptor descriptor, Location location, ImmutableArray<RelatedLocation> relatedLocations, string message) =>
        new(descriptor, descriptor.DefaultSeverity, message, location, relatedLocations, false);

    internal DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    public Location Location { get; }

    public ImmutableArray<RelatedLocation> RelatedLocations { get; }

    /// <summary>True when a <c>claimlang-ignore</c> comment covers it: it is kept for the dataset but does not fail a run.</summary>
    public bool IsSuppressed { get; }

    /// <summary>The reason written in the suppression comment, when there is one.</summary>
    internal string? Justification { get; }

    /// <summary>The same diagnostic at another place (a syntax diagnostic moved with its text by an incremental re-parse).</summary>
    internal Diagnostic WithLocation(Location location) =>
        new(Descriptor, Severity, Message, location, RelatedLocations, IsSuppressed, Justification);

    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(Descriptor, severity, Message, Location, RelatedLocations, IsSuppressed, Justification);

    internal Diagnostic WithSuppressed(bool suppressed) =>
        suppressed == IsSuppressed ? this : new(Descriptor, Severity, Message, Location, RelatedLocations, suppressed, suppressed ? Justification : null);

    /// <summary>Suppressed by a comment that gives <paramref name="justification"/> as its reason.</summary>
    internal Diagnostic WithSuppression(string justification) =>
        new(Descriptor, Severity, Message, Location, RelatedLocations, true, justification.Length == 0 ? null : justification);

    /// <summary>The msbuild form: <c>path(line,col): error CL0001: message</c>.</summary>
    public override string ToString() => $"{Location.FilePath}({Location.Start}): {Severity.ToText()} {Id}: {Message}";
}
