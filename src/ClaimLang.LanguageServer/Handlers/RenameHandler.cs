using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>textDocument/prepareRename and textDocument/rename: a declared name and every use of it, across files.</summary>
internal static class RenameHandler
{
    /// <summary>The name under the caret and its text; null where nothing can be renamed (the editor then says so).</summary>
    public static PrepareRenameResult? Prepare(DocumentRequest request) =>
        Renamer.PrepareRename(request.Model, request.Offset) is { } target ? new PrepareRenameResult(request.RangeOf(target.Span), target.Name) : null;

    /// <exception cref="LspRequestException">Nothing to rename at the caret, or the new name is not allowed (the message says why).</exception>
    public static WorkspaceEdit Rename(DocumentRequest request, string? newName)
    {
        if (string.IsNullOrEmpty(newName)) throw new LspRequestException(LspErrorCodes.InvalidParams, "The rename gives no new name.");
        if (Renamer.PrepareRename(request.Model, request.Offset) is null)
            throw new LspRequestException(LspErrorCodes.RequestFailed, "There is no declared name at this position to rename.");
        RenameResult result = Renamer.Rename(request.Model, request.Offset, newName);
        if (result.Error is { } error) throw new LspRequestException(LspErrorCodes.RequestFailed, error);
        return WorkspaceEdits.From(result.Changes, request.Snapshot);
    }
}
