'use strict';
// Activating the extension where no claimc can be found: it must say how to get one, and
// react to its command and settings, without a language server to talk to.
const test = require('node:test');
const assert = require('node:assert/strict');
const { installFakeVscode } = require('./fakeVscode');

const vscode = installFakeVscode();
const extension = require('../../src/extension');

const missing = '/nonexistent/claimc';
const context = { subscriptions: [] };

test.before(() => {
  vscode.settings['claimlang.server.path'] = missing;
  return extension.activate(context);
});
test.after(() => extension.deactivate());

test('without claimc the user is told how to install it or where to point the setting', () => {
  assert.deepEqual(vscode.errors, [{
    message: `${missing} was not found: install it with \`dotnet tool install -g ClaimLang.Cli\` or set claimlang.server.path`,
    items: ['Open Settings'],
  }]);
});

test('.claim files and claimlang.json are watched for the server', () => {
  assert.deepEqual(vscode.watchers, ['**/*.claim', '**/claimlang.json']);
});

test('everything activation makes is disposed with the extension', () => {
  // The output channel, two watchers, the command and the configuration listener.
  assert.equal(context.subscriptions.length, 5);
});

test('the restart command looks for claimc again', async () => {
  vscode.errors.length = 0;
  await vscode.commands.get('claimlang.restartServer')();
  assert.equal(vscode.errors.length, 1);
});

test('a change of a claimlang.server setting restarts; other changes do not', async () => {
  vscode.errors.length = 0;
  const [listener] = vscode.configurationListeners;
  await listener({ affectsConfiguration: (section) => section === 'editor.fontSize' });
  assert.equal(vscode.errors.length, 0);
  await listener({ affectsConfiguration: (section) => section === 'claimlang.server' });
  assert.equal(vscode.errors.length, 1);
});

test('Open Settings opens the claimlang.server.path setting', { timeout: 10_000 }, async () => {
  const opened = new Promise((resolve) => { vscode.onExecute = resolve; });
  vscode.answer = 'Open Settings';
  await vscode.commands.get('claimlang.restartServer')();
  assert.deepEqual(await opened, ['workbench.action.openSettings', 'claimlang.server.path']);
});
