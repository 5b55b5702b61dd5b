'use strict';
// A stand-in for the vscode module, enough to activate the extension under plain Node: the
// parts the extension calls record what it did; everything else (what vscode-languageclient
// touches as it loads) is an inert proxy.
const Module = require('node:module');

function inert() {
  const handler = { get: (target, property) => (property in target ? target[property] : new Proxy(function () {}, handler)) };
  return new Proxy(function () {}, handler);
}

/**
 * Makes `require('vscode')` return a fake and returns it with what it recorded. `settings`
 * holds configuration values by full name; `answer` is the button the user clicks in an error
 * message (undefined: none).
 */
function installFakeVscode() {
  const recorded = {
    settings: {},
    answer: undefined,
    errors: [],
    executed: [],
    watchers: [],
    commands: new Map(),
    configurationListeners: [],
    onExecute: () => {},
  };
  const disposable = { dispose() {} };
  const fake = Object.assign(inert(), {
    window: {
      createOutputChannel: () => ({ appendLine() {}, dispose() {} }),
      showErrorMessage: (message, ...items) => {
        recorded.errors.push({ message, items });
        return Promise.resolve(recorded.answer);
      },
    },
    workspace: {
      workspaceFolders: undefined,
      createFileSystemWatcher: (glob) => {
        recorded.watchers.push(glob);
        return disposable;
      },
      onDidChangeConfiguration: (listener) => {
        recorded.configurationListeners.push(listener);
        return disposable;
      },
      getConfiguration: (section) => ({ get: (key, fallback) => recorded.settings[`${section}.${key}`] ?? fallback }),
    },
    commands: {
      registerCommand: (id, handler) => {
        recorded.commands.set(id, handler);
        return disposable;
      },
      executeCommand: (...args) => {
        recorded.executed.push(args);
        recorded.onExecute(args);
        return Promise.resolve();
      },
    },
  });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? fake : load.call(this, request, ...rest);
  };
  return recorded;
}

module.exports = { installFakeVscode };
