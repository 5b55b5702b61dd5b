'use strict';
// What the language client is given, apart from the objects only VS Code can make: the command
// line of the server and the documents it serves. Free of the vscode module, for unit tests.

const LANGUAGE_ID = 'claimlang';

/** Files on disk and unsaved editors alike: an analyst may try a claim in an untitled editor. */
const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: LANGUAGE_ID },
  { scheme: 'untitled', language: LANGUAGE_ID },
];

/** What the server hears of when it changes on disk, not only in an open editor. */
const WATCHED_FILES = ['**/*.claim', '**/claimlang.json'];

/**
 * The command line of the language server: the server findServer found, `lsp`, then the
 * claimlang.server.args setting. It runs in the workspace folder, so that relative paths it
 * reads (claimlang.json's globs) or prints are the workspace's.
 *
 * @param {{ command: string, args: string[] }} server
 * @param {unknown} extraArgs the value of claimlang.server.args
 * @param {string | undefined} workspaceFolder
 */
function serverCommandLine(server, extraArgs, workspaceFolder) {
  const extra = Array.isArray(extraArgs) ? extraArgs.filter((arg) => typeof arg === 'string') : [];
  return {
    command: server.command,
    args: [...server.args, 'lsp', ...extra],
    options: workspaceFolder ? { cwd: workspaceFolder } : {},
  };
}

module.exports = { LANGUAGE_ID, DOCUMENT_SELECTOR, WATCHED_FILES, serverCommandLine };
