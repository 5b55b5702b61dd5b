'use strict';
// A stand-in for the vscode module, enough to activate the extension under plain Node: the
// parts the extension calls record what it did; everything else (what vscode-languageclient
// touches as it loads) is an inert proxy.
const Module = require('node:module');
const manifest = require('../../package.json');

function inert() {
  const handler = { get: (target, property) => (property in target ? target[property] : new Proxy(function () {}, handler)) };
  return new Proxy(function () {}, handler);
}

/**
 * Makes `require('vscode')` return a fake and returns it with what it recorded. `settings`
 * holds the User settings by full name, `remoteSettings` the remote machine's settings and
 * `workspaceSettings` the workspace's; `remoteName` makes the window a remote one (as
 * `vscode.env.remoteName` does); `answer` is the button the user clicks in an error message
 * (undefined: none).
 */
function installFakeVscode() {
  const recorded = {
    settings: {},
    remoteSettings: {},
    workspaceSettings: {},
    remoteName: undefined,
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
    env: {
      get remoteName() { return recorded.remoteName; },
    },
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
      getConfiguration: (section) => ({ get: (key, fallback) => settingValue(recorded, `${section}.${key}`) ?? fallback }),
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

/**
 * A setting's value as VS Code computes it from the extension's manifest and the settings
 * files: default, then User, then (in a remote window) the remote machine's settings, then the
 * workspace's, each later one overriding. The setting's scope decides which files count: in a
 * remote window, the User settings' values of `machine` and `machine-overridable` settings are
 * ignored (they would name paths on the local machine); only `window` and narrower scopes and
 * `machine-overridable` are read from the workspace; `application` settings only from User.
 */
function settingValue(recorded, name) {
  const declared = manifest.contributes.configuration.properties[name] ?? {};
  const scope = declared.scope ?? 'window';
  const remote = recorded.remoteName !== undefined;
  const layers = [];
  if (!(remote && (scope === 'machine' || scope === 'machine-overridable'))) layers.push(recorded.settings);
  if (remote && scope !== 'application') layers.push(recorded.remoteSettings);
  if (scope !== 'application' && scope !== 'machine') layers.push(recorded.workspaceSettings);
  return layers.reduce((value, layer) => (name in layer ? layer[name] : value), declared.default);
}

module.exports = { installFakeVscode };
