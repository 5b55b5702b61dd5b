// The protocol's lifecycle: initialize and what the server announces, requests before
// initialize and after shutdown, and the exit codes of exit with and without shutdown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspClient } from '../lib/lsp-client.mjs';
import { Codes, expectError } from '../lib/protocol-errors.mjs';
import { startSession } from '../lib/session.mjs';
import { TempProject } from '../lib/temp-project.mjs';

const claim = 'source S "S"\nentity A "A"\nentity B "B"\nsource S says A -> B 1 USD 2018\n';

/** A server that has not been initialized yet, ended when the test ends. */
function unstarted(t) {
  const client = new LspClient();
  t.after(() => client.dispose());
  return client;
}

test('initialize announces incremental sync, UTF-16 positions and formatting', async (t) => {
  const { client } = await startSession(t, { 'a.claim': claim });
  const { capabilities, serverInfo } = client.initializeResult;

  assert.equal(capabilities.positionEncoding, 'utf-16');
  assert.equal(capabilities.textDocumentSync.change, 2, 'incremental sync (TextDocumentSyncKind.Incremental)');
  assert.equal(capabilities.textDocumentSync.openClose, true);
  assert.equal(capabilities.documentFormattingProvider, true);
  assert.equal(serverInfo.name, 'claimc');
  assert.match(serverInfo.version, /^\d+\.\d+\.\d+/);
});

test('initialized registers file watchers for .claim files and claimlang.json when the client allows it', async (t) => {
  const { client } = await startSession(t, { 'a.claim': claim });
  await client.settle();

  const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
  assert.equal(watchers.length, 1, JSON.stringify(client.registrations));
  assert.deepEqual(watchers[0].registerOptions.watchers.map((w) => w.globPattern).sort(), ['**/*.claim', '**/claimlang.json']);
});

test('a client that cannot register watchers is not asked to', async (t) => {
  const { client } = await startSession(t, { 'a.claim': claim }, { capabilities: {} });
  await client.settle();

  assert.deepEqual(client.registrations, []);
});

test('a request before initialize fails with ServerNotInitialized (-32002)', async (t) => {
  const client = unstarted(t);

  await expectError(client.format('file:///nowhere/a.claim'), Codes.ServerNotInitialized, 'formatting before initialize');
  await expectError(client.shutdown(), Codes.ServerNotInitialized, 'shutdown before initialize');
  // The server is still waiting for initialize, and takes it.
  const result = await client.initialize({});
  assert.equal(result.capabilities.documentFormattingProvider, true);
});

test('a second initialize fails with InvalidRequest (-32600)', async (t) => {
  const { client } = await startSession(t, { 'a.claim': claim });

  await expectError(client.initialize({}), Codes.InvalidRequest, 'a second initialize');
});

test('shutdown answers null, and exit after it ends the process with code 0', async (t) => {
  const { project, client } = await startSession(t, { 'a.claim': claim });
  await client.open(project.uri('a.claim'), claim);

  assert.equal(await client.shutdown(), null);
  assert.equal(await client.exit(), 0);
});

test('exit without shutdown ends the process with code 1', async (t) => {
  const { client } = await startSession(t, { 'a.claim': claim });

  assert.equal(await client.exit(), 1);
});

test('exit before initialize ends the process with code 1', async (t) => {
  const client = unstarted(t);

  assert.equal(await client.exit(), 1);
});

test('requests after shutdown fail with InvalidRequest (-32600), and exit still ends with 0', async (t) => {
  const { project, client } = await startSession(t, { 'a.claim': claim });
  const uri = project.uri('a.claim');
  await client.open(uri, claim);
  await client.shutdown();

  await expectError(client.format(uri), Codes.InvalidRequest, 'formatting after shutdown');
  await expectError(client.shutdown(), Codes.InvalidRequest, 'a second shutdown');
  assert.equal(await client.exit(), 0);
});

test('edits after shutdown are ignored: nothing more is published', async (t) => {
  const { project, client } = await startSession(t, { 'a.claim': claim });
  const uri = project.uri('a.claim');
  await client.open(uri, claim);
  await client.waitForDiagnostics(uri, 1);
  await client.shutdown();

  await client.change(uri, [{ text: 'garbage @' }]);
  assert.equal(await client.exit(), 0);
  assert.deepEqual(client.publications.filter((p) => p.version === 2), []);
});

test('the server started without a folder checks the documents it is given', async (t) => {
  const client = unstarted(t);
  await client.initialize({});
  await client.initialized();
  const uri = 'untitled:Untitled-1';

  await client.open(uri, 'source Nobody says A -> B 1 USD 2018\n');
  const published = await client.waitForDiagnostics(uri, 1);

  assert.deepEqual(published.diagnostics.map((d) => d.code), ['CL1001', 'CL1001', 'CL1001']);
  assert.equal(await client.stop(), 0);
});

test('the server ends with code 1 when the client closes its input without exit', async (t) => {
  const project = await TempProject.create({ 'a.claim': claim });
  t.after(() => project.remove());
  const client = await LspClient.start({ root: project.root });
  t.after(() => client.dispose());

  client.process.stdin.end();
  assert.equal((await client.exited).code, 1);
});
