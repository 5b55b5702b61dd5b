using ClaimLang.LanguageServer.Handlers;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Text;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>The requests about names and meanings: each finds its document and position, then asks a handler.</summary>
internal sealed partial class ClaimLanguageServer
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position, HoverHandler.Hover, cancellationToken);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position, CompletionHandler.Complete, cancellationToken);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<LspLocation?> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position, NavigationHandler.Definition, cancellationToken);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<LspLocation[]> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position,
            request => NavigationHandler.References(request, parameters?.Context?.IncludeDeclaration ?? true), cancellationToken);

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentHighlight[]> DocumentHighlightAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position, NavigationHandler.Highlights, cancellationToken);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position, RenameHandler.Prepare, cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit> RenameAsync(RenameParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Position, request => RenameHandler.Rename(request, parameters?.NewName), cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        AnswerAsync(parameters?.TextDocument, (_, document, _) => SymbolHandler.DocumentSymbols(document), cancellationToken);

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken) =>
        AnswerAsync((snapshot, _) => SymbolHandler.WorkspaceSymbols(snapshot, parameters?.Query), cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> SemanticTokensAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, new LspPosition(0, 0),
            request => SemanticTokensHandler.Tokens(request, new TextSpan(0, request.Document.Tree.Text.Length)), cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> SemanticTokensRangeAsync(RangeParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Range?.Start, request =>
        {
            int end = LspConversions.ToOffset(request.Document.Tree.Text, parameters!.Range.End, request.Document.Uri);
            return SemanticTokensHandler.Tokens(request, TextSpan.FromBounds(request.Offset, Math.Max(request.Offset, end)));
        }, cancellationToken);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken) =>
        AtPositionAsync(parameters?.TextDocument, parameters?.Range?.Start,
            (request, token) => CodeActionHandler.Fixes(request, parameters!.Range, parameters.Context?.Only, token), cancellationToken);

    private Task<T> AtPositionAsync<T>(TextDocumentIdentifier? document, LspPosition? position, Func<DocumentRequest, T> answer,
        CancellationToken cancellationToken) =>
        AtPositionAsync(document, position, (request, _) => answer(request), cancellationToken);

    /// <summary>For answers that wait on the project's diagnostics: they get the token that a change or the client cancels.</summary>
    private Task<T> AtPositionAsync<T>(TextDocumentIdentifier? document, LspPosition? position, Func<DocumentRequest, CancellationToken, T> answer,
        CancellationToken cancellationToken) =>
        AnswerAsync(document, (snapshot, found, token) => answer(DocumentRequest.At(snapshot, found, position), token), cancellationToken);
}
