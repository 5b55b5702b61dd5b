'use strict';
// The ClaimLang extension: starts `claimc lsp` as a language server over stdio for .claim files
// and restarts it on demand or when its settings change. Everything the server offers
// (diagnostics, hover, completion, navigation, rename, formatting, semantic tokens, quick
// fixes) comes through vscode-languageclient; this file only finds and starts the server.
const os = require('node:os');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findServer, notFoundMessage } = require('./serverLocation');
const { LANGUAGE_ID, DOCUMENT_SELECTOR, WATCHED_FILES, serverCommandLine } = require('./clientConfiguration');

/** @type {LanguageClient | undefined} */
let client;
// Starts and stops run one after another: a restart asked for while the server is still
// starting waits for it, so that two servers never run at once.
let queue = Promise.resolve();
/** @type {vscode.OutputChannel | undefined} */
let outputChannel;
/** @type {vscode.FileSystemWatcher[]} */
let watchers = [];

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  // One channel and one set of watchers for every server the extension starts, so that a
  // restart neither opens a second "ClaimLang" output nor leaks watchers (the client does not
  // dispose watchers it is given).
  outputChannel = vscode.window.createOutputChannel('ClaimLang');
  watchers = WATCHED_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(
    outputChannel,
    ...watchers,
    vscode.commands.registerCommand('claimlang.restartServer', () => enqueue(restart)),
    vscode.workspace.onDidChangeConfiguration((event) =>
      event.affectsConfiguration('claimlang.server') ? enqueue(restart) : undefined),
  );
  return enqueue(start);
}

function deactivate() {
  return enqueue(stop);
}

function enqueue(step) {
  queue = queue.then(step, step);
  return queue;
}

async function restart() {
  await stop();
  await start();
}

async function start() {
  // The claimlang.server settings have the `window` scope, not `machine`: in a remote window
  // (Remote-SSH, containers, code-server) VS Code then reads them from the User settings too,
  // overridden by the remote machine's settings and by a trusted workspace's.
  const settings = vscode.workspace.getConfiguration('claimlang.server');
  const setting = settings.get('path');
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = findServer(setting, { env: process.env, platform: process.platform, home: os.homedir(), workspaceFolder });
  if (!server) {
    showNotFound(setting);
    return;
  }

  const commandLine = serverCommandLine(server, settings.get('args'), workspaceFolder);
  /** @type {import('vscode-languageclient/node').ServerOptions} */
  const serverOptions = { ...commandLine, transport: TransportKind.stdio };
  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { fileEvents: watchers },
    outputChannel,
  };
  // The id makes the client read claimlang.trace.server.
  client = new LanguageClient(LANGUAGE_ID, 'ClaimLang Language Server', serverOptions, clientOptions);
  // Which claimc runs is the first question when the server misbehaves.
  outputChannel?.appendLine(`Starting \`${shellLine(commandLine)}\``);
  try {
    await client.start();
  } catch (error) {
    // The client has already said so in a notification and in the output channel; the
    // command line it ran is what helps to find out why.
    outputChannel?.appendLine(`Could not start \`${shellLine(commandLine)}\`: ${error?.message ?? error}`);
  }
}

/** The command line as the output channel shows it. */
function shellLine(commandLine) {
  return [commandLine.command, ...commandLine.args].join(' ');
}

async function stop() {
  const running = client;
  client = undefined;
  if (!running) return;
  try {
    await running.stop();
  } catch (error) {
    // A server that never started, or has crashed, cannot be stopped; there is nothing to undo.
    outputChannel?.appendLine(`Stopping the language server: ${error?.message ?? error}`);
  }
}

function showNotFound(setting) {
  const openSettings = 'Open Settings';
  return vscode.window.showErrorMessage(notFoundMessage(setting), openSettings).then((choice) => {
    if (choice === openSettings) return vscode.commands.executeCommand('workbench.action.openSettings', 'claimlang.server.path');
    return undefined;
  });
}

module.exports = { activate, deactivate };
