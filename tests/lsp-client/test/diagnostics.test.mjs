// The published diagnostics are those of `claimc check --format json` run in the project folder:
// code, severity, message, range and related locations, every code of the catalogue but the
// configuration's; suppressed findings are left out. Before and after edits to open buffers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPublishedEqualsCheck, assertSettledEqualsCheck } from '../lib/check-report.mjs';
import { openFromDisk, startSession } from '../lib/session.mjs';

const files = {
  'decls.claim': [
    'source BBC "BBC" { published 2018-02  reliability G }',
    'source DW "DW" { kind broadcaster  colour blue }',
    'person Expert "An expert" { role "analyst" }',
    'entity Iran "Iran" { kind country  code IRN }',
    'entity Syria "Syria" { kind country  code SYR }',
    'entity Syria "Syria again"',
    'entity Unused "Never used"',
    'metric aid "Aid" { kind flow  unit USD }',
    'metric share "Share" { kind level  unit %  min 0  max 100 }',
    '',
  ].join('\n'),
  'claims.claim': [
    'one: source BBC says Iran -> Syria aid 36e9 USD 2011..2016 as of 2018-02',
    'two: source DW says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015 as of 2015-06',
    'one: source BBC says Iran share 50 % 2018',
    'source Expert says Iran share 50 % 2018',
    'source BBC says Irn -> Syria aid 1 USD 2018',
    'source BBC says Iran -> Syria aid 1 Dollars 2018',
    'source BBC says Iran share 5 USD 2018',
    'source BBC says Iran -> Syria aid 20..10 USD 2018',
    'source BBC says Iran share 150 % 2018',
    'source BBC says Iran -> Syria aid 1 USD 2017..2011',
    'source BBC says Iran -> Syria aid 1 USD 2020 as of 2019-06',
    'source BBC says Iran -> Syria aid 1 USD 2010 as of 2019',
    '',
  ].join('\n'),
  'conflicts.claim': [
    'source DW says Syria -> Iran aid 1e9 USD 2019',
    'source DW says Syria -> Iran aid 5e9 USD 2019',
    'source DW says Syria -> Iran aid 7e9 USD 2020',
    'source DW says Syria -> Iran aid 7e9 USD 2020',
    '// claimlang-ignore CL4001 a known disagreement, acknowledged once',
    'suppressed: source DW says Iran -> Syria aid 100e9 USD 2011 as of 2012',
    'source DW says Iran -> Syria aid 50e9 USD 2012',
    '',
  ].join('\n'),
  'syntax.claim': [
    'source BBC says Iran -> Syria aid 1 USD 2018-13',
    'source BBC says Iran -> Syria aid 1e999 USD 2018',
    'source BBC says Iran @ Syria aid 1 USD 2018',
    'source says',
    'source BBC says Iran -> Syria aid 1 USD 2018 note "never closed',
    '/* never closed',
  ].join('\n'),
  'crlf.claim': [
    '// Windows line ends, and letters beyond ASCII: é, 😀, 𝔘',
    'source BBC says Iran -> Syria aid 3 USD 2021 note "😀 𝔘" as of 2021-02-30',
    '/* 😀 */ source BBC says Iran -> Sýria aid 3 USD 2022',
    '',
  ].join('\r\n'),
};

/** Every code of the catalogue (docs/language.md, "Diagnostics") but CL9001, which workspace.test.mjs covers. */
const everyCode = [
  'CL0001', 'CL0002', 'CL0003', 'CL0004', 'CL0005',
  'CL1001', 'CL1002', 'CL1003', 'CL1004', 'CL1005', 'CL1006',
  'CL2001', 'CL2002', 'CL2003', 'CL2004',
  'CL3001', 'CL3002', 'CL3003',
  'CL4001', 'CL4002', 'CL4003',
];

const publishedCodes = (client) => new Set([...client.latest.values()].flatMap((p) => p.diagnostics.map((d) => d.code)));

test('every code, published as claimc check --format json reports it, without the suppressed finding', async (t) => {
  const { project, client } = await startSession(t, files);
  await client.settle();

  const report = await assertPublishedEqualsCheck(client, project);
  assert.deepEqual(everyCode.filter((code) => !publishedCodes(client).has(code)), [], 'codes the project should show but did not');
  const suppressed = report.diagnostics.filter((d) => d.suppressed);
  assert.deepEqual(suppressed.map((d) => [d.code, d.file, d.line]), [['CL4001', 'conflicts.claim', 6]], 'the report lists the suppressed finding');
  assert.equal(client.diagnosticsOf(project.uri('conflicts.claim')).some((d) => d.range.start.line === 5), false, 'it is not published');
});

test('published diagnostics say where they come from and carry the protocol severities', async (t) => {
  const { project, client } = await startSession(t, files);
  await client.settle();

  const all = [...client.latest.values()].flatMap((p) => p.diagnostics);
  assert.deepEqual([...new Set(all.map((d) => d.source))], ['claimc']);
  const severityOf = (code) => [...new Set(all.filter((d) => d.code === code).map((d) => d.severity))];
  assert.deepEqual([severityOf('CL1001'), severityOf('CL1004'), severityOf('CL4003')], [[1], [2], [3]]);
  assert.equal(client.diagnosticsOf(project.uri('crlf.claim')).length, 2);
});

test('related locations name the other claim by its file URI, also in another file', async (t) => {
  const { project, client } = await startSession(t, files);
  await client.settle();

  const crossFile = client.diagnosticsOf(project.uri('conflicts.claim')).find((d) => d.code === 'CL4001');
  assert.deepEqual(crossFile.relatedInformation.map((r) => [r.location.uri, r.location.range.start.line]), [[project.uri('claims.claim'), 0]]);
  const twice = client.diagnosticsOf(project.uri('decls.claim')).find((d) => d.code === 'CL1002');
  assert.deepEqual(twice.relatedInformation.map((r) => [r.location.uri, r.location.range.start.line]), [[project.uri('decls.claim'), 4]]);
});

test('after edits to open buffers, CR LF and non-ASCII ones included, the diagnostics are those of the edited text', async (t) => {
  const { project, client } = await startSession(t, files);
  const claims = await openFromDisk(client, project, 'claims.claim');
  const crlf = await openFromDisk(client, project, 'crlf.claim');
  const decls = await openFromDisk(client, project, 'decls.claim');

  await client.replace(claims, 'Irn', 'Iran');
  await client.replace(crlf, 'Sýria', 'Syria 😀');
  await client.replace(crlf, '\r\n/* 😀 */', '\r\n\r\n\r\n/* 😀 😀 */ source');
  await client.replace(decls, 'entity Syria "Syria again"\n', '');
  await client.replace(decls, 'reliability G', 'reliability B');

  await assertSettledEqualsCheck(client, project);
  assert.equal(publishedCodes(client).has('CL1002'), false);
});

test('a suppression comment typed above a claim removes its finding, and deleting it brings the finding back', async (t) => {
  const { project, client } = await startSession(t, files);
  const claims = await openFromDisk(client, project, 'claims.claim');
  const lineOf = (text, search) => text.split('\n').findIndex((line) => line.includes(search));
  const misspelt = lineOf(client.text(claims), 'Irn');
  const comment = '// claimlang-ignore CL1001 the source spells it so\n';
  const start = client.text(claims).split('\n').slice(0, misspelt).join('\n').length + 1;

  const suppressed = await client.edit(claims, start, start, comment);
  const without = await client.waitForDiagnostics(claims, suppressed);
  assert.deepEqual(without.diagnostics.filter((d) => d.code === 'CL1001'), []);
  await assertSettledEqualsCheck(client, project, 'suppressed');

  const restored = await client.edit(claims, start, start + comment.length, '');
  const back = await client.waitForDiagnostics(claims, restored);
  assert.deepEqual(back.diagnostics.filter((d) => d.code === 'CL1001').map((d) => d.range.start.line), [misspelt]);
  await assertSettledEqualsCheck(client, project, 'restored');
});
