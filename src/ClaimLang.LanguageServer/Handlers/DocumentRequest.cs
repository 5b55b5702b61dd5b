using ClaimLang.Compilation;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>What a request about one position of a document works with: the snapshot, the document, its semantic model and the caret's offset.</summary>
internal sealed record DocumentRequest(WorkspaceSnapshot Snapshot, WorkspaceDocument Document, SemanticModel Model, int Offset)
{
    /// <exception cref="LspRequestException">The position is outside the document.</exception>
    public static DocumentRequest At(WorkspaceSnapshot snapshot, WorkspaceDocument document, LspPosition? position)
    {
        if (position is null) throw new LspRequestException(LspErrorCodes.InvalidParams, "The request gives no position.");
        int offset = LspConversions.ToOffset(document.Tree.Text, position, document.Uri);
        return new DocumentRequest(snapshot, document, snapshot.Compilation.GetSemanticModel(document.Tree), offset);
    }

    public LspRange RangeOf(ClaimLang.Text.TextSpan span) => LspConversions.ToLspRange(Document.Tree.Text, span);
}
