using ClaimLang.Cli.Building;

namespace ClaimLang.Cli.Tests.Building;

/// <summary>The disk's file operations, except that the chosen rename (counted from 1) or the deletion of a chosen folder fails.</summary>
internal sealed class FaultyFileOperations : DatasetFileOperations
{
    private readonly HashSet<int> _failingMoves;
    private readonly string? _failingDeletion;
    private int _moves;

    public FaultyFileOperations(int[]? failingMoves = null, string? failingDeletion = null)
    {
        _failingMoves = [.. failingMoves ?? []];
        _failingDeletion = failingDeletion;
    }

    /// <summary>The renames asked for, failed or not, as "from -> to" with folder names only.</summary>
    public List<string> Moves { get; } = [];

    public override void Move(string from, string to)
    {
        Moves.Add($"{Path.GetFileName(from)} -> {Path.GetFileName(to)}");
        if (_failingMoves.Contains(++_moves)) throw new IOException($"injected: cannot rename '{Path.GetFileName(from)}'");
        base.Move(from, to);
    }

    public override void Delete(string folder)
    {
        if (_failingDeletion is not null && Path.GetFileName(folder).Contains(_failingDeletion, StringComparison.Ordinal))
            throw new IOException($"injected: cannot delete '{Path.GetFileName(folder)}'");
        base.Delete(folder);
    }
}
