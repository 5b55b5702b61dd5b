// The project as the server's workspace: files on disk checked without being opened, open
// buffers that override them, incremental edits, closing, files changed on disk, claimlang.json
// and its exclude globs. After each step the published diagnostics are compared with what
// claimc check reports for the same files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPublishedEqualsCheck, assertSettledEqualsCheck, fromPublished, reportByFile } from '../lib/check-report.mjs';
import { checkJson } from '../lib/claimc-process.mjs';
import { examplesFolder } from '../lib/claimc-command.mjs';
import { openFromDisk, startSession } from '../lib/session.mjs';
import { assertFormattingEqualsFmt } from '../lib/server-text.mjs';

const Created = 1;
const Changed = 2;
const Deleted = 3;

const declarations = [
  'source S "S" { published 2020-01 }',
  'entity A "A"',
  'entity B "B"',
  'metric aid "Aid" { kind flow  unit USD }',
  '',
].join('\n');
const usesAtlantis = 'source S says A -> Atlantis aid 1e6 USD 2018\n';
const usesB = 'source S says A -> B aid 1e6 USD 2018\n';
const project = { 'decls.claim': declarations, 'uses.claim': usesAtlantis };

const codes = (diagnostics) => diagnostics.map((d) => d.code).sort();

test('files on disk are checked and published without being opened', async (t) => {
  const { project: folder, client } = await startSession(t, project);

  const published = await client.waitForDiagnostics(folder.uri('uses.claim'), undefined);
  assert.deepEqual(codes(published.diagnostics), ['CL1001']);
  await client.settle();
  assert.deepEqual(codes(client.diagnosticsOf(folder.uri('decls.claim'))), ['CL1004'], 'B is declared and never used');
  await assertPublishedEqualsCheck(client, folder);
});

test('every example is checked on start as claimc check checks the examples', async (t) => {
  const { project: folder, client } = await startSession(t, {}, { copyOf: examplesFolder });
  await client.settle();

  const report = await assertPublishedEqualsCheck(client, folder);
  assert.ok(report.diagnostics.some((d) => d.code === 'CL4001'), 'the examples show two disagreements');
});

test('edits to every example, open at once, are checked as claimc check checks the edited files', async (t) => {
  const { project: folder, client } = await startSession(t, {}, { copyOf: examplesFolder });
  const files = ['iran-syria/iran-syria.claim', 'syntax/declarations.claim', 'syntax/amounts.claim', 'syntax/comments-crlf.claim'];
  for (const file of files) await openFromDisk(client, folder, file);

  // A declaration the tour uses goes, a claim contradicts the article, a line break is lost.
  await client.replace(folder.uri('syntax/declarations.claim'), 'entity Lebanon', 'entity Lebanom');
  await client.replace(folder.uri('iran-syria/iran-syria.claim'), '36e9 USD', '360e9 USD');
  await client.replace(folder.uri('syntax/comments-crlf.claim'), '\r\n', ' ');
  await client.replace(folder.uri('syntax/amounts.claim'), 'source', 'sauce');

  await assertSettledEqualsCheck(client, folder);
});

test('an open buffer overrides the file on disk, for itself and for the files that use its names', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  const uses = folder.uri('uses.claim');

  await client.open(uses, usesB);
  const published = await client.waitForDiagnostics(uses, 1);

  assert.deepEqual(published.diagnostics, [], 'the buffer names B, which is declared');
  assert.equal(await folder.read('uses.claim'), usesAtlantis, 'the file on disk is untouched');
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(folder.uri('decls.claim')), [], 'B is used now, by the buffer');
  await assertSettledEqualsCheck(client, folder);
});

test('a declaration typed into a buffer fixes an undeclared name in a file that is not open', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  const decls = await openFromDisk(client, folder, 'decls.claim');

  await client.edit(decls, client.text(decls).length, client.text(decls).length, 'entity Atlantis "Atlantis"\n');
  await client.settle(decls);

  assert.deepEqual(client.diagnosticsOf(folder.uri('uses.claim')), []);
  await assertSettledEqualsCheck(client, folder);
});

test('several changes in one didChange are applied in order, multi-line ranges included', async (t) => {
  const text = ['// claims', 'source S says A -> B aid 1e6 USD 2018', 'source S says A -> B aid 2e6 USD 2019', 'source S says A -> B aid 3e6 USD 2020', ''].join('\n');
  const { project: folder, client } = await startSession(t, { 'decls.claim': declarations, 'uses.claim': text });
  const uses = await openFromDisk(client, folder, 'uses.claim');

  const version = await client.change(uses, [
    // From "B" on line 1 to the amount on line 3: two claims become one, about Atlantis.
    { range: { start: { line: 1, character: 19 }, end: { line: 3, character: 28 } }, text: 'Atlantis aid 9e6' },
    // Then a new first line, and a second claim after it; ranges refer to the text the change before left.
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'source S says B -> A aid 1 USD 2017\n' },
    { range: { start: { line: 1, character: 3 }, end: { line: 1, character: 9 } }, text: 'claims about Atlantis' },
  ]);

  assert.equal(client.text(uses), ['source S says B -> A aid 1 USD 2017', '// claims about Atlantis', 'source S says A -> Atlantis aid 9e6 USD 2020', ''].join('\n'));
  const published = await client.waitForDiagnostics(uses, version);
  assert.deepEqual(codes(published.diagnostics), ['CL1001']);
  await assertFormattingEqualsFmt(client, uses);
  await assertSettledEqualsCheck(client, folder);
});

test('positions count UTF-16 code units: edits and diagnostics after characters outside the BMP', async (t) => {
  // 😀 and 𝔘 take two UTF-16 code units each, é one, and e with a combining accent two.
  const text = '/* 😀 𝔘 é e\u0301 */ source S says A -> Atlantis aid 1e6 USD 2018 note "😀"\nsource S says A -> B aid 2e6 USD 2019 // 𝔘\n';
  const { project: folder, client } = await startSession(t, { 'decls.claim': declarations, 'uses.claim': text });
  const uses = await openFromDisk(client, folder, 'uses.claim');
  const opened = await client.waitForDiagnostics(uses, 1);
  const atlantis = opened.diagnostics.find((d) => d.code === 'CL1001');
  assert.deepEqual(atlantis.range, { start: { line: 0, character: 36 }, end: { line: 0, character: 44 } });

  // Atlantis -> B at its UTF-16 position; then text inside the note after its emoji, and after the comment's.
  const version = await client.change(uses, [
    { range: atlantis.range, text: 'B' },
    { range: { start: { line: 0, character: 63 }, end: { line: 0, character: 63 } }, text: ' über 𝔘' },
    { range: { start: { line: 1, character: 43 }, end: { line: 1, character: 43 } }, text: '𝔘 2018-13' },
  ]);

  assert.equal(client.text(uses), '/* 😀 𝔘 é e\u0301 */ source S says A -> B aid 1e6 USD 2018 note "😀 über 𝔘"\nsource S says A -> B aid 2e6 USD 2019 // 𝔘𝔘 2018-13\n');
  const published = await client.waitForDiagnostics(uses, version);
  assert.deepEqual(published.diagnostics, []);
  await assertFormattingEqualsFmt(client, uses);

  // A diagnostic whose columns are counted past the emoji: a date that is not one.
  const broken = await client.replace(uses, '1e6 USD 2018', '1e6 USD 2018-13');
  const after = await client.waitForDiagnostics(uses, broken);
  const date = client.text(uses).indexOf('2018-13');
  assert.deepEqual(after.diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]), [['CL0005', date, date + 7]]);
  await assertSettledEqualsCheck(client, folder);
});

test('a change without a range replaces the whole buffer', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  const uses = await openFromDisk(client, folder, 'uses.claim');

  const version = await client.replaceAll(uses, usesB);
  const published = await client.waitForDiagnostics(uses, version);

  assert.deepEqual(published.diagnostics, []);
  await assertSettledEqualsCheck(client, folder);
});

test('closing a buffer goes back to the file on disk', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  const uses = folder.uri('uses.claim');
  await client.open(uses, usesB);
  await client.waitForDiagnostics(uses, 1);

  await client.close(uses);
  await client.settle();

  assert.deepEqual(codes(client.diagnosticsOf(uses)), ['CL1001']);
  assert.equal(client.latest.get(folder.path('uses.claim')).version, undefined, 'a file on disk has no version');
  await assertPublishedEqualsCheck(client, folder);
});

test('closing a buffer that is not a project file clears its diagnostics', async (t) => {
  const { client } = await startSession(t, project);
  const untitled = 'untitled:Untitled-1';
  await client.open(untitled, 'source Nobody says A -> B 1 USD 2018\n');
  assert.equal((await client.waitForDiagnostics(untitled, 1)).diagnostics.length, 1);

  await client.close(untitled);
  await client.settle();

  assert.deepEqual(client.diagnosticsOf(untitled), []);
  assert.equal(client.latest.get(untitled).version, undefined);
});

test('a file created, changed and deleted on disk changes the diagnostics of another file', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  const uses = folder.uri('uses.claim');
  await client.waitForDiagnostics(uses, undefined);

  const atlantis = await folder.write('more/atlantis.claim', 'entity Atlantis "Atlantis"\n');
  await client.filesChanged([atlantis, Created]);
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(uses), [], 'Atlantis is declared in the new file');
  await assertPublishedEqualsCheck(client, folder, [], 'created');

  await folder.write('more/atlantis.claim', 'entity Atlantis "Atlantis"\nentity Atlantis "Atlantis again"\n');
  await client.filesChanged([atlantis, Changed]);
  await client.settle();
  assert.deepEqual(codes(client.diagnosticsOf(atlantis)), ['CL1002'], 'declared twice');
  await assertPublishedEqualsCheck(client, folder, ['more/atlantis.claim'], 'changed');

  await folder.delete('more/atlantis.claim');
  await client.filesChanged([atlantis, Deleted]);
  await client.settle();
  assert.deepEqual(codes(client.diagnosticsOf(uses)), ['CL1001'], 'Atlantis is gone again');
  assert.deepEqual(client.diagnosticsOf(atlantis), [], 'a deleted file is cleared');
  await assertPublishedEqualsCheck(client, folder, ['more/atlantis.claim'], 'deleted');
});

test('a file changed on disk while it is open keeps the buffer until it is closed', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  const uses = folder.uri('uses.claim');
  await client.open(uses, usesB);

  await folder.write('uses.claim', 'source S says A -> Nowhere aid 1e6 USD 2018\n');
  await client.filesChanged([uses, Changed]);
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(uses), [], 'the buffer wins');

  await client.close(uses);
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(uses).map((d) => d.message.includes('Nowhere')), [true]);
  await assertPublishedEqualsCheck(client, folder);
});

test('claimlang.json changed on disk: a code switched off, another made an error', async (t) => {
  const { project: folder, client } = await startSession(t, project);
  await client.waitForDiagnostics(folder.uri('uses.claim'), undefined);

  const configuration = await folder.write('claimlang.json', '{ "diagnostics": { "CL1001": "none", "CL1004": "error" } }\n');
  await client.filesChanged([configuration, Created]);
  await client.settle();

  assert.deepEqual(client.diagnosticsOf(folder.uri('uses.claim')), []);
  assert.deepEqual(client.diagnosticsOf(folder.uri('decls.claim')).map((d) => [d.code, d.severity]), [['CL1004', 1]]);
  await assertPublishedEqualsCheck(client, folder, ['uses.claim', 'decls.claim']);

  await folder.write('claimlang.json', '{ "diagnostics": { "CL1004": "info" } }\n');
  await client.filesChanged([configuration, Changed]);
  await client.settle();
  assert.deepEqual(codes(client.diagnosticsOf(folder.uri('uses.claim'))), ['CL1001']);
  assert.deepEqual(client.diagnosticsOf(folder.uri('decls.claim')).map((d) => [d.code, d.severity]), [['CL1004', 3]]);
  await assertPublishedEqualsCheck(client, folder);

  await folder.delete('claimlang.json');
  await client.filesChanged([configuration, Deleted]);
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(folder.uri('decls.claim')).map((d) => [d.code, d.severity]), [['CL1004', 2]]);
  await assertPublishedEqualsCheck(client, folder);
});

test('an invalid claimlang.json is reported on itself (CL9001) as claimc check reports it, and the files are checked with the defaults', async (t) => {
  const { project: folder, client } = await startSession(t, { ...project, 'claimlang.json': '{ "diagnostics": { "CL1001": "none" } }\n' });
  const configuration = folder.uri('claimlang.json');
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(folder.uri('uses.claim')), []);

  await folder.write('claimlang.json', '{ "diagnostics": { "CL1001": "loud" } }\n');
  await client.filesChanged([configuration, Changed]);
  await client.settle();

  assert.deepEqual(codes(client.diagnosticsOf(configuration)), ['CL9001']);
  assert.deepEqual(codes(client.diagnosticsOf(folder.uri('uses.claim'))), ['CL1001'], 'checked with the default severities');
  // claimc check reports only the configuration problem and checks nothing; that part must agree.
  const expected = reportByFile(await checkJson(folder.root)).get('claimlang.json');
  assert.deepEqual(client.diagnosticsOf(configuration).map((d) => fromPublished(d, (uri) => folder.relativePathOf(uri))), expected);

  await folder.write('claimlang.json', '{}\n');
  await client.filesChanged([configuration, Changed]);
  await client.settle();
  assert.deepEqual(client.diagnosticsOf(configuration), [], 'fixed: cleared');
  await assertPublishedEqualsCheck(client, folder);
});

test('files excluded by claimlang.json are not checked unless opened', async (t) => {
  const { project: folder, client } = await startSession(t, {
    ...project,
    'claimlang.json': '{ "exclude": ["drafts/**"] }\n',
    'drafts/atlantis.claim': 'entity Atlantis "Atlantis"\nsource Nobody says A -> B aid 1 USD 2018\n',
  });
  const draft = folder.uri('drafts/atlantis.claim');
  const uses = folder.uri('uses.claim');
  await client.settle();
  assert.equal(client.latest.has(folder.path('drafts/atlantis.claim')), false, 'nothing is published for an excluded file');
  assert.deepEqual(codes(client.diagnosticsOf(uses)), ['CL1001'], 'its declarations do not count');
  await assertPublishedEqualsCheck(client, folder);

  await openFromDisk(client, folder, 'drafts/atlantis.claim');
  const opened = await client.waitForDiagnostics(draft, 1);
  assert.deepEqual(codes(opened.diagnostics), ['CL1001'], 'opened, it is checked with the project');
  await client.settle(draft);
  assert.deepEqual(client.diagnosticsOf(uses), [], 'and its declaration counts while it is open');

  await client.close(draft);
  await client.settle(await openFromDisk(client, folder, 'decls.claim'));
  assert.deepEqual(client.diagnosticsOf(draft), [], 'closed, it leaves the project again');
  assert.deepEqual(codes(client.diagnosticsOf(uses)), ['CL1001']);
});

test('a project folder whose name has spaces and other letters: URIs are percent-encoded both ways', async (t) => {
  const { project: folder, client } = await startSession(t, project, { prefix: 'claimlang lsp é😀 ' });
  assert.match(folder.uri('uses.claim'), /%20/);

  const disk = await client.waitForDiagnostics(folder.uri('uses.claim'), undefined);
  assert.deepEqual(codes(disk.diagnostics), ['CL1001']);
  const decls = await openFromDisk(client, folder, 'decls.claim');
  const opened = await client.waitForDiagnostics(decls, 1);
  assert.equal(opened.uri, decls, 'an open document is published under the URI the client gave it');
  await assertSettledEqualsCheck(client, folder);
});
