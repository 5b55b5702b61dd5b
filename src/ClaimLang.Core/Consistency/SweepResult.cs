namespace ClaimLang.Consistency;

/// <summary>How a <see cref="ConflictSweep"/> ended.</summary>
internal enum SweepResult
{
    /// <summary>Every claim still in play can hold with the others, within the sweep's tolerance.</summary>
    Done,

    /// <summary>The work allowed ran out first; claims still in play may conflict.</summary>
    OutOfWork,

    /// <summary>Doubles cannot be trusted for this group (a bound beyond their range, or a cycle that exact fractions do not confirm).</summary>
    Untrusted,
}
