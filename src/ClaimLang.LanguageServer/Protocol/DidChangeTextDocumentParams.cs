namespace ClaimLang.LanguageServer.Protocol;

/// <summary>textDocument/didChange: edits applied in order.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);
