// What a server must survive: frames that are not JSON-RPC, methods it does not know, documents
// it does not have, positions outside the document, and parameters of the wrong shape. Each gets
// the error the protocol asks for (or, for notifications, nothing), and afterwards the server
// still answers and still checks edits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSettledEqualsCheck } from '../lib/check-report.mjs';
import { isAnnounced, positionRequests } from '../lib/position-requests.mjs';
import { assertAnswers, Codes, expectError } from '../lib/protocol-errors.mjs';
import { frame, framed, json } from '../lib/raw-frames.mjs';
import { openFromDisk, startSession } from '../lib/session.mjs';
import { LspClient } from '../lib/lsp-client.mjs';

const files = {
  'decls.claim': 'source S "S"\nentity A "A"\nentity B "B"\nmetric aid "Aid" { kind flow  unit USD }\n',
  'claims.claim': 'source S says A -> B aid 1e6 USD 2018\nsource S says A -> B aid 2e6 USD 2019\n',
};

/** A session with claims.claim open and its first diagnostics received. */
async function openSession(t) {
  const { project, client } = await startSession(t, files);
  const uri = await openFromDisk(client, project, 'claims.claim');
  await client.settle(uri);
  return { project, client, uri };
}

/** Asserts that edits are still applied and checked: one edit, its diagnostics, all as claimc check has them. */
async function assertStillChecks(client, project, uri, after) {
  const version = await client.replace(uri, '1e6', '3e6');
  await client.waitForDiagnostics(uri, version);
  await assertSettledEqualsCheck(client, project, `after ${after}`);
}

// The body's bytes with each '#' replaced by bytes that no UTF-8 text holds.
const notUtf8 = (body) => Buffer.concat(body.split('#').flatMap((part, i) => (i === 0 ? [Buffer.from(part, 'utf8')] : [Buffer.from([0xff, 0xfe]), Buffer.from(part, 'utf8')])));

const formatting = (uri) => ({ textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });

// Raw frames: the bytes, and the error the server answers with (code, and the id it names).
const malformedFrames = [
  { name: 'a body that is not JSON', bytes: () => frame('{"jsonrpc": "2.0", "id": 1, "method": '), code: Codes.ParseError, id: null },
  { name: 'a JSON array (a batch, which LSP does not use)', bytes: () => frame('[{"jsonrpc":"2.0","id":"raw-batch","method":"shutdown"}]'), code: Codes.InvalidRequest, id: null },
  { name: 'a JSON number', bytes: () => frame('42'), code: Codes.InvalidRequest, id: null },
  { name: 'a JSON string', bytes: () => frame('"textDocument/formatting"'), code: Codes.InvalidRequest, id: null },
  { name: 'JSON null', bytes: () => frame('null'), code: Codes.InvalidRequest, id: null },
  { name: 'a request without "jsonrpc"', bytes: (uri) => frame(json({ id: 'raw-1', method: 'textDocument/formatting', params: formatting(uri) })), code: Codes.InvalidRequest, id: 'raw-1' },
  { name: 'a request with "jsonrpc": "1.0"', bytes: (uri) => frame(json({ jsonrpc: '1.0', id: 'raw-2', method: 'textDocument/formatting', params: formatting(uri) })), code: Codes.InvalidRequest, id: 'raw-2' },
  { name: 'an id that is a fraction', bytes: () => frame('{"jsonrpc":"2.0","id":1.5,"method":"shutdown"}'), code: Codes.InvalidRequest, id: null },
  { name: 'an id that is an object', bytes: () => frame('{"jsonrpc":"2.0","id":{"n":1},"method":"shutdown"}'), code: Codes.InvalidRequest, id: null },
  { name: 'a method that is not a string', bytes: () => frame('{"jsonrpc":"2.0","id":"raw-3","method":42}'), code: Codes.InvalidRequest, id: 'raw-3' },
  { name: 'params that are a string', bytes: () => frame('{"jsonrpc":"2.0","id":"raw-4","method":"textDocument/formatting","params":"claims.claim"}'), code: Codes.InvalidParams, id: 'raw-4' },
  // JSON must be UTF-8; a string that is not would end the connection if it reached it.
  { name: 'a method holding bytes that are not UTF-8', bytes: () => frame(notUtf8('{"jsonrpc":"2.0","id":"raw-6","method":"textDocument/#formatting"}')), code: Codes.ParseError, id: null },
  { name: 'a string in params holding bytes that are not UTF-8', bytes: (uri) => frame(notUtf8(json({ jsonrpc: '2.0', id: 'raw-7', method: 'textDocument/hover', params: { textDocument: { uri: `${uri}#` }, position: { line: 0, character: 0 } } }))), code: Codes.ParseError, id: null },
  { name: 'neither a method nor a result', bytes: () => frame('{"jsonrpc":"2.0","id":"raw-5"}'), code: Codes.InvalidRequest, id: 'raw-5' },
  { name: 'a header block without Content-Length', bytes: () => framed(['Content-Type: application/vscode-jsonrpc; charset=utf-8']), code: Codes.ParseError, id: null },
  { name: 'a Content-Length that is not a number, and no body', bytes: () => framed(['Content-Length: twelve']), code: Codes.ParseError, id: null },
  { name: 'a negative Content-Length, and no body', bytes: () => framed(['Content-Length: -5']), code: Codes.ParseError, id: null },
  // The server cannot know where such a body ends; it must find the next frame's header instead
  // of reading the body as that frame's header block (which loses every frame after it).
  { name: 'a Content-Length that is not a number, before a body', bytes: () => framed(['Content-Length: twelve'], '{"jsonrpc":"2.0","method":"$/lost"}'), code: Codes.ParseError, id: null },
  { name: 'a Content-Length shorter than the body', bytes: () => framed(['Content-Length: 5'], '{"jsonrpc":"2.0","method":"$/cut"}'), code: Codes.ParseError, id: null },
];

for (const malformed of malformedFrames) {
  test(`${malformed.name}: answered with error ${malformed.code}, and the server reads on`, async (t) => {
    const { project, client, uri } = await openSession(t);
    const since = client.messages.length;

    await client.writeRaw(malformed.bytes(uri));
    const response = await client.waitForMessage(`an error response to ${malformed.name}`, (m) => m.error !== undefined, { since });

    assert.equal(response.error.code, malformed.code, response.error.message);
    assert.equal(response.id, malformed.id);
    assert.ok(response.error.message.length > 0);
    await assertAnswers(client, uri, malformed.name);
    await assertStillChecks(client, project, uri, malformed.name);
  });
}

test('every malformed frame in a row, without a fresh start between them', async (t) => {
  const { project, client, uri } = await openSession(t);
  for (const malformed of malformedFrames.filter((m) => !m.name.includes('before a body') && !m.name.includes('shorter'))) {
    await client.writeRaw(malformed.bytes(uri));
    await assertAnswers(client, uri, malformed.name);
  }
  await assertStillChecks(client, project, uri, 'the malformed frames');
});

test('a response to a request the server never sent (a late or repeated answer) is ignored', async (t) => {
  const { project, client, uri } = await openSession(t);

  await client.writeRaw(frame(json({ jsonrpc: '2.0', id: 4711, result: null })));
  await client.writeRaw(frame(json({ jsonrpc: '2.0', id: 'never-sent', error: { code: -32603, message: 'late' } })));

  await assertAnswers(client, uri, 'responses to no request');
  await assertStillChecks(client, project, uri, 'responses to no request');
});

test('a request of an unknown method fails with MethodNotFound (-32601)', async (t) => {
  const { project, client, uri } = await openSession(t);

  await expectError(client.request('claimlang/noSuchMethod', {}), Codes.MethodNotFound, 'claimlang/noSuchMethod');
  await expectError(client.request('$/noSuchRequest', {}), Codes.MethodNotFound, '$/noSuchRequest');
  await expectError(client.request('workspace/executeCommand', { command: 'x' }), Codes.MethodNotFound, 'workspace/executeCommand');
  await assertStillChecks(client, project, uri, 'unknown methods');
});

test('unknown notifications are ignored: no answer, no error', async (t) => {
  const { project, client, uri } = await openSession(t);
  const since = client.messages.length;

  await client.notify('claimlang/noSuchNotification', { any: 'thing' });
  await client.notify('$/setTrace', { value: 'verbose' });
  await client.notify('$/cancelRequest', { id: 987654 });
  await client.notify('$/progress', { token: 'none', value: { kind: 'end' } });
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  await client.notify('textDocument/willSave', { textDocument: { uri }, reason: 1 });
  await client.notify('textDocument/didSave', { textDocument: { uri } });
  await assertAnswers(client, uri, 'unknown notifications');

  assert.deepEqual(client.messages.slice(since).filter((m) => m.error !== undefined), []);
  await assertStillChecks(client, project, uri, 'unknown notifications');
});

test('a request about a document the server does not have fails with InvalidParams (-32602)', async (t) => {
  const { project, client, uri } = await openSession(t);
  await project.write('notes.txt', 'not a claim file\n');

  for (const unknown of ['file:///nowhere/at/all.claim', project.uri('notes.txt'), project.uri('missing.claim'), 'untitled:never-opened', 'not a uri']) {
    await expectError(client.format(unknown), Codes.InvalidParams, `formatting ${unknown}`);
  }
  await assertStillChecks(client, project, uri, 'requests about unknown documents');
});

test('positions outside the document: InvalidParams (-32602) from every position request the server announces', async (t) => {
  const { project, client, uri } = await openSession(t);
  const capabilities = client.initializeResult.capabilities;
  const lines = client.text(uri).split('\n').length;

  for (const request of positionRequests) {
    if (isAnnounced(capabilities, request.capability)) {
      for (const position of [{ line: lines + 5, character: 0 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }, { line: -1, character: 0 }]) {
        await expectError(client.request(request.method, request.params(uri, position)), Codes.InvalidParams, `${request.method} at ${JSON.stringify(position)}`);
      }
    } else {
      // Not announced, so not answered: a client must not be led to think it is.
      await expectError(client.request(request.method, request.params(uri, { line: 0, character: 0 })), Codes.MethodNotFound, `${request.method}, which is not announced`);
    }
  }
  await assertStillChecks(client, project, uri, 'positions outside the document');
});

test('edits at positions past the end of a line or of the document are clamped to it, as the client clamps them', async (t) => {
  const { project, client, uri } = await openSession(t);

  await client.change(uri, [
    { range: { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, text: ' as of 2019' },
    { range: { start: { line: 40, character: 0 }, end: { line: 99, character: 3 } }, text: 'source S says B -> A aid 1 USD 2020\n' },
    { range: { start: { line: 1, character: 31 }, end: { line: 0, character: 3 } }, text: '' },
  ]);

  assert.equal(client.text(uri), 'source S says A -> B aid 1e6 USD 2018 as of 2019\nsource S says A -> B aid 2e6 USD 2019\nsource S says B -> A aid 1 USD 2020\n');
  await assertSettledEqualsCheck(client, project);
});

test('edits at the largest character the protocol allows, on any line, are clamped to the line end', async (t) => {
  const { project, client, uri } = await openSession(t);
  const largest = 2 ** 31 - 1;

  const version = await client.change(uri, [{ range: { start: { line: 1, character: largest }, end: { line: 1, character: largest } }, text: ' as of 2020' }]);

  assert.equal(client.text(uri), 'source S says A -> B aid 1e6 USD 2018\nsource S says A -> B aid 2e6 USD 2019 as of 2020\n');
  await client.waitForDiagnostics(uri, version);
  await assertSettledEqualsCheck(client, project);
});

test('request params of the wrong shape fail with InvalidParams (-32602)', async (t) => {
  const { project, client, uri } = await openSession(t);
  const shapes = [{}, { textDocument: 42 }, { textDocument: {} }, { textDocument: { uri: 42 } }, { textDocument: { uri: null } }, [1, 2], ['claims.claim']];

  for (const params of shapes) {
    await expectError(client.request('textDocument/formatting', params), Codes.InvalidParams, `formatting with ${JSON.stringify(params)}`);
  }
  assert.doesNotMatch(client.stderr, /failed/, 'no handler failed on them');
  await assertStillChecks(client, project, uri, 'params of the wrong shape');
});

test('notifications with params of the wrong shape are ignored and change nothing', async (t) => {
  const { project, client, uri } = await openSession(t);
  const version = client.version(uri);

  await client.notify('textDocument/didOpen', { textDocument: 5 });
  await client.notify('textDocument/didOpen', []);
  await client.notify('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: 'garbage' });
  await client.notify('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: 'here' }, text: 'x' }] });
  await client.notify('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 7 }] });
  await client.notify('textDocument/didClose', { textDocument: {} });
  await client.notify('textDocument/didClose', {});
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 5, type: 'deleted' }] });
  await client.notify('workspace/didChangeWatchedFiles', { changes: 'all' });
  await assertAnswers(client, uri, 'notifications of the wrong shape');

  // The document is as the client has it: its next version is checked as claimc check has it.
  await assertStillChecks(client, project, uri, 'notifications of the wrong shape');
});

test('initialize with params of the wrong shape fails with InvalidParams, and a proper one is still taken', async (t) => {
  const client = new LspClient();
  t.after(() => client.dispose());

  await expectError(client.request('initialize', { processId: 'me', rootUri: 42, capabilities: 'all' }), Codes.InvalidParams, 'initialize of the wrong shape');
  const result = await client.initialize({});
  assert.equal(result.capabilities.documentFormattingProvider, true);
  assert.equal(await client.stop(), 0);
});
