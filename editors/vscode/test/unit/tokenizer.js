'use strict';
// Tokenizes text with the extension's grammar through vscode-textmate and vscode-oniguruma,
// the engine VS Code itself highlights with.
const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const grammarFile = path.join(__dirname, '..', '..', 'syntaxes', 'claimlang.tmLanguage.json');

let grammar;

/** The grammar, loaded once. */
async function loadGrammar() {
  if (!grammar) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
    });
    grammar = await registry.loadGrammar('source.claimlang');
  }
  return grammar;
}

/** Every token of the text: its line (1-based), text and scopes (without the root scope). */
async function tokenize(text) {
  const loaded = await loadGrammar();
  const tokens = [];
  let state = textmate.INITIAL;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const result = loaded.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ line: index + 1, text: line.substring(token.startIndex, token.endIndex), scopes: token.scopes.slice(1) });
    }
    state = result.ruleStack;
  });
  return tokens;
}

module.exports = { tokenize };
