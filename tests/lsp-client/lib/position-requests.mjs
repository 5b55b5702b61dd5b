// The requests that take a position (or a range) in a document, with the server capability that
// announces each. A feature that is added to the server is tested for positions outside the
// document by the table alone (test/robustness.test.mjs); its own tests build their params with
// the same functions.

const at = (uri, position) => ({ textDocument: { uri }, position });
const over = (uri, position) => ({ textDocument: { uri }, range: { start: position, end: position } });

export const positionRequests = Object.freeze([
  { method: 'textDocument/hover', capability: 'hoverProvider', params: at },
  { method: 'textDocument/completion', capability: 'completionProvider', params: at },
  { method: 'textDocument/definition', capability: 'definitionProvider', params: at },
  { method: 'textDocument/references', capability: 'referencesProvider', params: (uri, position) => ({ ...at(uri, position), context: { includeDeclaration: true } }) },
  { method: 'textDocument/documentHighlight', capability: 'documentHighlightProvider', params: at },
  { method: 'textDocument/prepareRename', capability: 'renameProvider', params: at },
  { method: 'textDocument/rename', capability: 'renameProvider', params: (uri, position) => ({ ...at(uri, position), newName: 'renamed' }) },
  { method: 'textDocument/codeAction', capability: 'codeActionProvider', params: (uri, position) => ({ ...over(uri, position), context: { diagnostics: [] } }) },
  { method: 'textDocument/semanticTokens/range', capability: 'semanticTokensProvider.range', params: over },
]);

/** Whether the server announced a capability ('a.b' for a nested one) in its initialize result: any value but false, null or absent. */
export function isAnnounced(capabilities, capability) {
  const value = capability.split('.').reduce((object, name) => (object === undefined || object === null ? undefined : object[name]), capabilities);
  return value !== undefined && value !== null && value !== false;
}
