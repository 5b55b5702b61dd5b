using ClaimLang.Cli.Building;

namespace ClaimLang.Cli.Tests.Building;

/// <summary>
/// The disk's file operations, except that the chosen rename (counted from 1), the exchange, or
/// the deletion of a chosen folder fails; or the file system is made to offer no exchange, as
/// one without <c>RENAME_EXCHANGE</c> (or another platform) does.
/// </summary>
internal sealed class FaultyFileOperations : DatasetFileOperations
{
    private readonly HashSet<int> _failingMoves;
    private readonly string? _failingDeletion;
    private readonly bool _failingExchange;
    private readonly bool _withoutExchange;
    private int _moves;

    public FaultyFileOperations(int[]? failingMoves = null, string? failingDeletion = null, bool failingExchange = false, bool withoutExchange = false)
    {
        _failingMoves = [.. failingMoves ?? []];
        _failingDeletion = failingDeletion;
        _failingExchange = failingExchange;
        _withoutExchange = withoutExchange;
    }

    /// <summary>The renames ("from -> to") and exchanges ("first &lt;-> second") asked for, failed or not, with folder names only.</summary>
    public List<string> Renames { get; } = [];

    public override void Move(string from, string to)
    {
        Renames.Add($"{Path.GetFileName(from)} -> {Path.GetFileName(to)}");
        if (_failingMoves.Contains(++_moves)) throw new IOException($"injected: cannot rename '{Path.GetFileName(from)}'");
        base.Move(from, to);
    }

    public override bool Exchange(string first, string second)
    {
        if (_withoutExchange) return false;
        Renames.Add($"{Path.GetFileName(first)} <-> {Path.GetFileName(second)}");
        if (_failingExchange) throw new IOException($"injected: cannot exchange '{Path.GetFileName(first)}'");
        return base.Exchange(first, second);
    }

    public override void Delete(string folder)
    {
        if (_failingDeletion is not null && Path.GetFileName(folder).Contains(_failingDeletion, StringComparison.Ordinal))
            throw new IOException($"injected: cannot delete '{Path.GetFileName(folder)}'");
        base.Delete(folder);
    }
}
