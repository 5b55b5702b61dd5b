using System.Collections.Immutable;

namespace ClaimLang.Editing;

/// <summary>
/// What a rename does: the edits of every file, ordered by file path and position, or a
/// sentence saying why the rename cannot be made (then there are no edits).
/// </summary>
public sealed record RenameResult(string? Error, ImmutableArray<FileTextChange> Changes)
{
    /// <summary>Whether the rename can be made: then <see cref="Changes"/> are its edits (none when the name is unchanged).</summary>
    internal bool Succeeded => Error is null;

    internal static RenameResult Failed(string error) => new(error, []);
}
