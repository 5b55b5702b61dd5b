using System.Collections.Immutable;
using ClaimLang.Diagnostics;

namespace ClaimLang.Configuration;

/// <summary>
/// Applies the configuration's per-code severities (docs/language.md, "Diagnostics" and "Configuration") to
/// diagnostics: a listed code takes the configured severity, <c>none</c> drops the diagnostic
/// (suppressed or not: the code is switched off, there is nothing left to acknowledge), and
/// codes not listed keep their default. CL9001 is never changed: a configuration cannot vouch
/// for itself (the loader rejects such an entry; this policy ignores one made in code).
/// </summary>
internal sealed class SeverityPolicy
{
    private readonly IReadOnlyDictionary<string, SeverityOption> _severities;

    public SeverityPolicy(IReadOnlyDictionary<string, SeverityOption> severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        _severities = severities;
    }

    /// <summary>Every code at its default severity.</summary>
    public static SeverityPolicy Default { get; } = new(ImmutableDictionary<string, SeverityOption>.Empty);

    public static SeverityPolicy From(ClaimLangConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new SeverityPolicy(configuration.Diagnostics);
    }

    /// <summary>The severity in force for a code: its default, or the configured one; null when the code is switched off.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor == DiagnosticDescriptors.InvalidConfiguration || !_severities.TryGetValue(descriptor.Id, out SeverityOption option))
        {
            return descriptor.DefaultSeverity;
        }
        return option.ToSeverity();
    }

    /// <summary>The diagnostic with its configured severity, or null when its code is switched off.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return SeverityOf(diagnostic.Descriptor) is { } severity ? diagnostic.WithSeverity(severity) : null;
    }

    /// <summary>The diagnostics with their configured severities, in the same order, without those switched off.</summary>
    public ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (Apply(diagnostic) is { } kept) result.Add(kept);
        }
        return result.ToImmutable();
    }
}
