namespace ClaimLang.Cli.Formatting;

/// <summary>What <c>claimc fmt</c> did with one file.</summary>
internal enum FileOutcomeKind
{
    /// <summary>Already in canonical layout: nothing to do.</summary>
    Unchanged,

    /// <summary>Rewritten; under <c>--check</c>, would be.</summary>
    Changed,

    /// <summary>Left as it is because it has syntax errors.</summary>
    SyntaxErrors,

    /// <summary>Could not be read or written.</summary>
    Failed,
}
