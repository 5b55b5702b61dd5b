using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Diagnostics;

namespace ClaimLang.Consistency;

/// <summary>
/// One consistency finding as data: a set of claims that cannot all hold (CL4001, CL4002) or a
/// claim stated twice (CL4003), with the claims themselves (each with its interval, total and
/// period: the numbers of the arithmetic), the words of the arithmetic, its stable id, and the
/// severity and suppression in force. Diagnostics and the dataset are both views of it.
/// </summary>
internal sealed class ConsistencyFinding
{
    // The words are worked out when first read: a group of many wrong figures has tens of
    // thousands of findings, and most of them are only counted or written as numbers.
    private readonly Lazy<(string Message, ImmutableArray<string> Related)> _words;
    private ImmutableArray<string> _claimIds;
    private string? _id;

    internal ConsistencyFinding(DiagnosticDescriptor descriptor, ImmutableArray<ClaimMeaning> claims,
        Lazy<(string Message, ImmutableArray<string> Related)> words)
    {
        Descriptor = descriptor;
        Claims = claims;
        _words = words;
        Severity = descriptor.DefaultSeverity;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Code => Descriptor.Id;

    /// <summary>The claims, the one the finding is reported at (the latest in file order) last.</summary>
    public ImmutableArray<ClaimMeaning> Claims { get; }

    /// <summary>The claim the finding is reported at.</summary>
    public ClaimMeaning Primary => Claims[^1];

    /// <summary>The claims' ids (<see cref="ClaimIdentity"/>), in the order of <see cref="Claims"/>.</summary>
    public ImmutableArray<string> ClaimIds
    {
        get
        {
            if (_claimIds.IsDefault) _claimIds = [.. Claims.Select(c => ClaimIdentity.Of(c.Claim))];
            return _claimIds;
        }
    }

    /// <summary>The stable id (<see cref="FindingId"/>).</summary>
    public string Id => _id ??= FindingId.Of(Code, ClaimIds);

    /// <summary>The arithmetic in words, as the diagnostic says it.</summary>
    public string Message => _words.Value.Message;

    /// <summary>The severity in force (the code's default, or the project's configured one).</summary>
    public DiagnosticSeverity Severity { get; private init; }

    /// <summary>True when a <c>claimlang-ignore</c> comment on one of its claims covers it: it stays in the dataset, marked, and fails no run.</summary>
    public bool IsSuppressed { get; private init; }

    /// <summary>The reason the suppression comment gives, when it gives one.</summary>
    public string? Justification { get; private init; }

    internal ConsistencyFinding WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(this) { Severity = severity };

    internal ConsistencyFinding WithSuppression(string justification) =>
        new(this) { IsSuppressed = true, Justification = justification.Length == 0 ? null : justification };

    // A copy that keeps what was already worked out (the claims' ids and the finding's id).
    private ConsistencyFinding(ConsistencyFinding original)
        : this(original.Descriptor, original.Claims, original._words)
    {
        Severity = original.Severity;
        IsSuppressed = original.IsSuppressed;
        Justification = original.Justification;
        _claimIds = original._claimIds;
        _id = original._id;
    }

    /// <summary>The finding as a diagnostic: at its primary claim, each other claim a related location saying what it says.</summary>
    public Diagnostic ToDiagnostic()
    {
        var related = ImmutableArray.CreateBuilder<RelatedLocation>(Claims.Length - 1);
        ImmutableArray<string> relatedMessages = _words.Value.Related;
        for (int k = 0; k < Claims.Length - 1; k++) related.Add(new RelatedLocation(ClaimLocation.Of(Claims[k].Claim), relatedMessages[k]));
        Diagnostic diagnostic = Diagnostic.Written(Descriptor, ClaimLocation.Of(Primary.Claim), related.MoveToImmutable(), Message).WithSeverity(Severity);
        return IsSuppressed ? diagnostic.WithSuppression(Justification ?? "") : diagnostic;
    }
}
