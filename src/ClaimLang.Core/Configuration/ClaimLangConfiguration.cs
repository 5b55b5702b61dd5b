using System.Collections.Immutable;

namespace ClaimLang.Configuration;

/// <summary>
/// The settings of one project (docs/language.md, "Configuration"), as read from a <c>claimlang.json</c>
/// or the defaults when there is none. Immutable.
/// </summary>
public sealed record ClaimLangConfiguration
{
    /// <summary>The name of the configuration file.</summary>
    public const string FileName = "claimlang.json";

    /// <summary>The default <see cref="Include"/>: every <c>.claim</c> file below the folder.</summary>
    internal static ImmutableArray<string> DefaultInclude { get; } = ["**/*.claim"];

    /// <summary>The default <see cref="ApproximateTolerance"/>: <c>~v</c> is v ± 10 % (docs/language.md, "Claims").</summary>
    internal const decimal DefaultApproximateTolerance = 0.10m;

    private readonly decimal _approximateTolerance = DefaultApproximateTolerance;

    /// <summary>The absolute folder the configuration applies to: the folder of its file; globs are relative to it.</summary>
    public required string Folder { get; init; }

    /// <summary>The absolute path of the file it was read from, or null for the defaults.</summary>
    public string? FilePath { get; init; }

    /// <summary>Globs, relative to <see cref="Folder"/>, of the files a folder walk checks.</summary>
    internal ImmutableArray<string> Include { get; init; } = DefaultInclude;

    /// <summary>Globs, relative to <see cref="Folder"/>, of files a folder walk leaves out even when included.</summary>
    internal ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Per-code severities that replace the defaults of docs/language.md, "Diagnostics"; codes not listed keep theirs.</summary>
    internal ImmutableDictionary<string, SeverityOption> Diagnostics { get; init; } = ImmutableDictionary<string, SeverityOption>.Empty;

    /// <summary>The t of <c>~v</c> = v × (1 ± t); at least 0 and below 1 (a tolerance of 1 would let a flow be 0).</summary>
    internal decimal ApproximateTolerance
    {
        get => _approximateTolerance;
        init
        {
            if (value < 0m || value >= 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(ApproximateTolerance), value, "The approximate tolerance must be at least 0 and below 1.");
            }
            _approximateTolerance = value;
        }
    }

    /// <summary>True: a written number stands for every value that rounds to it; false: numbers are exact.</summary>
    internal bool RoundingTolerance { get; init; } = true;

    /// <summary>The defaults, for a project without a configuration file whose root is <paramref name="folder"/>.</summary>
    internal static ClaimLangConfiguration Default(string folder) => new() { Folder = Path.GetFullPath(folder) };

    // The generated equality would compare the immutable collections by reference; a tool that
    // reloads the file (an editor on save) needs to know whether anything really changed.
    public bool Equals(ClaimLangConfiguration? other) =>
        other is not null
        && Folder == other.Folder
        && FilePath == other.FilePath
        && Include.SequenceEqual(other.Include)
        && Exclude.SequenceEqual(other.Exclude)
        && Diagnostics.Count == other.Diagnostics.Count
        && Diagnostics.All(entry => other.Diagnostics.TryGetValue(entry.Key, out SeverityOption option) && option == entry.Value)
        && ApproximateTolerance == other.ApproximateTolerance
        && RoundingTolerance == other.RoundingTolerance;

    public override int GetHashCode() => HashCode.Combine(Folder, FilePath, Include.Length, Exclude.Length, Diagnostics.Count, ApproximateTolerance, RoundingTolerance);
}
