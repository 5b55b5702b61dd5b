'use strict';
// In a remote window (Remote-SSH, a container, code-server) the extension runs on the remote
// machine. The claimc it starts must be the one claimlang.server.path names, whether the user
// set it in their User settings or in the remote machine's settings, and never another claimc
// found on PATH. The paths below do not exist, so the error message says which one was looked
// for.
const test = require('node:test');
const assert = require('node:assert/strict');
const { installFakeVscode } = require('./fakeVscode');

const vscode = installFakeVscode();
const extension = require('../../src/extension');

const context = { subscriptions: [] };
const userPath = '/nonexistent/user/claimc';
const machinePath = '/nonexistent/machine/claimc';

/** The setting the extension looked for, from the message that it was not found. */
async function serverLookedFor() {
  vscode.errors.length = 0;
  await vscode.commands.get('claimlang.restartServer')();
  assert.equal(vscode.errors.length, 1);
  return vscode.errors[0].message.split(' was not found')[0];
}

test.before(() => {
  vscode.remoteName = 'ssh-remote';
  return extension.activate(context);
});
test.afterEach(() => {
  vscode.settings = vscode.remoteSettings = vscode.workspaceSettings = {};
  vscode.remoteName = 'ssh-remote';
});
test.after(() => extension.deactivate());

test('in a remote window, a path set in User settings is used', async () => {
  vscode.settings = { 'claimlang.server.path': userPath };
  assert.equal(await serverLookedFor(), userPath);
});

test('in a remote window, a path set in the remote machine settings is used', async () => {
  vscode.remoteSettings = { 'claimlang.server.path': machinePath };
  assert.equal(await serverLookedFor(), machinePath);
});

test('the remote machine settings win over User settings', async () => {
  vscode.settings = { 'claimlang.server.path': userPath };
  vscode.remoteSettings = { 'claimlang.server.path': machinePath };
  assert.equal(await serverLookedFor(), machinePath);
});

test('in a local window, the User settings are used', async () => {
  vscode.remoteName = undefined;
  vscode.settings = { 'claimlang.server.path': userPath };
  vscode.remoteSettings = { 'claimlang.server.path': machinePath };
  assert.equal(await serverLookedFor(), userPath);
});
