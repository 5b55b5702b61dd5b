'use strict';
// The command line of the language server and the documents it serves.
const test = require('node:test');
const assert = require('node:assert/strict');
const { DOCUMENT_SELECTOR, WATCHED_FILES, serverCommandLine } = require('../../src/clientConfiguration');
const manifest = require('../../package.json');

test('the server runs as `claimc lsp`, with claimlang.server.args after lsp', () => {
  assert.deepEqual(serverCommandLine({ command: '/bin/claimc', args: [] }, [], undefined), {
    command: '/bin/claimc', args: ['lsp'], options: {},
  });
  assert.deepEqual(serverCommandLine({ command: 'claimc', args: [] }, ['--log', 'trace'], undefined).args, ['lsp', '--log', 'trace']);
});

test('a claimc.dll runs as `dotnet claimc.dll lsp`', () => {
  const line = serverCommandLine({ command: 'dotnet', args: ['/repo/claimc.dll'] }, ['-v'], undefined);
  assert.equal(line.command, 'dotnet');
  assert.deepEqual(line.args, ['/repo/claimc.dll', 'lsp', '-v']);
});

test('arguments that are not strings are left out', () => {
  assert.deepEqual(serverCommandLine({ command: 'claimc', args: [] }, ['a', 3, null, 'b'], undefined).args, ['lsp', 'a', 'b']);
  assert.deepEqual(serverCommandLine({ command: 'claimc', args: [] }, 'not a list', undefined).args, ['lsp']);
});

test('the server runs in the workspace folder', () => {
  assert.deepEqual(serverCommandLine({ command: 'claimc', args: [] }, [], '/work/claims').options, { cwd: '/work/claims' });
});

test('the client serves claimlang files and unsaved editors', () => {
  const [language] = manifest.contributes.languages;
  assert.deepEqual(DOCUMENT_SELECTOR, [
    { scheme: 'file', language: language.id },
    { scheme: 'untitled', language: language.id },
  ]);
});

test('the server hears of .claim files and claimlang.json', () => {
  assert.deepEqual(WATCHED_FILES, ['**/*.claim', '**/claimlang.json']);
});
