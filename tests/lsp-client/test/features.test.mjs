// Every feature of docs/language.md, "Editors", beyond diagnostics and formatting, driven through the
// protocol client: hover, completion, go to definition, find references, highlights, rename,
// document and workspace symbols, semantic tokens and quick fixes. Each test works on a small
// project of two files, so answers that cross files (references, rename, a declaration added
// elsewhere) are seen, and applies what the server answers where it is an edit, checking the
// result with the server's own diagnostics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startSession } from '../lib/session.mjs';
import { applyTextEdits } from '../lib/text-buffer.mjs';

const declarations = [
  'source BBC_Persian "BBC Persian" { kind broadcaster  published 2018-02 }',
  'source Bloomberg "Bloomberg" { kind news_agency }',
  'person Heydemann "Steven Heydemann" { role "American expert" }',
  'entity Iran "Iran" { kind country  code IRN }',
  'entity Syria "Syria" { kind country  code SYR }',
  'metric aid "Iranian aid to Syria" { kind flow  unit USD }',
  '',
].join('\n');

const claims = [
  'bbc_6y: source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016 as of 2018-02',
  'heydemann: source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015 as of 2015-06',
  '',
].join('\n');

const files = { 'decls.claim': declarations, 'claims.claim': claims };

async function open(t, extra = {}) {
  const { project, client } = await startSession(t, { ...files, ...extra });
  const uri = project.uri('claims.claim');
  const version = await client.open(uri, claims);
  await client.waitForDiagnostics(uri, version);
  return { project, client, uri, declsUri: project.uri('decls.claim') };
}

/** The position of the <nth> occurrence of <search> in <text>, plus <shift> characters. */
function positionOf(client, uri, search, shift = 0, nth = 0) {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = client.text(uri).indexOf(search, offset + 1);
  assert.ok(offset >= 0, `'${search}' is not in ${uri}`);
  return client.positionAt(uri, offset + shift);
}

test('hover on a name shows its declaration; on a claim, its meaning and the conflict it takes part in', async (t) => {
  const { client, uri } = await open(t);
  const onName = await client.request('textDocument/hover', client.positionParams(uri, positionOf(client, uri, 'BBC_Persian', 3)));
  assert.equal(onName.contents.kind, 'markdown');
  assert.match(onName.contents.value, /source/);
  assert.match(onName.contents.value, /BBC Persian/);
  assert.match(onName.contents.value, /decls\.claim:1/);
  assert.deepEqual(onName.range, { start: positionOf(client, uri, 'BBC_Persian'), end: positionOf(client, uri, 'BBC_Persian', 'BBC_Persian'.length) });

  const onClaim = await client.request('textDocument/hover', client.positionParams(uri, positionOf(client, uri, '15e9', 1)));
  assert.match(onClaim.contents.value, /heydemann/);
  assert.match(onClaim.contents.value, /72\.5e9/, 'the total over the period, rates multiplied out');
  assert.match(onClaim.contents.value, /CL4001/, 'the conflict with bbc_6y');

  const onSpace = await client.request('textDocument/hover', client.positionParams(uri, { line: 2, character: 0 }));
  assert.equal(onSpace, null);
});

test('completion offers what fits the position: sources after source, persons after quoting, units after an amount', async (t) => {
  const { client, uri } = await open(t);
  const line = client.text(uri).split('\n').length - 1;
  await client.edit(uri, client.text(uri).length, client.text(uri).length, 'source B');
  let list = await client.request('textDocument/completion', client.positionParams(uri, { line, character: 'source B'.length }));
  let labels = list.items.map((item) => item.label);
  assert.ok(labels.includes('BBC_Persian') && labels.includes('Bloomberg'), labels.join(', '));
  assert.ok(!labels.includes('Iran') && !labels.includes('Heydemann'), 'no entities or persons where a source goes');
  const bbc = list.items.find((item) => item.label === 'BBC_Persian');
  assert.deepEqual(bbc.textEdit.range, { start: { line, character: 7 }, end: { line, character: 8 } }, 'the typed letter is replaced');

  await client.replaceAll(uri, claims + 'source Bloomberg quoting ');
  list = await client.request('textDocument/completion', client.positionParams(uri, { line, character: 'source Bloomberg quoting '.length }));
  labels = list.items.map((item) => item.label);
  assert.ok(labels.includes('Heydemann'), labels.join(', '));

  await client.replaceAll(uri, claims + 'source Bloomberg says Iran -> Syria aid 5 ');
  list = await client.request('textDocument/completion', client.positionParams(uri, { line, character: 'source Bloomberg says Iran -> Syria aid 5 '.length }));
  labels = list.items.map((item) => item.label);
  assert.ok(labels.includes('USD') && labels.includes('EUR'), 'currencies are units');

  await client.replaceAll(uri, claims + '// source ');
  list = await client.request('textDocument/completion', client.positionParams(uri, { line, character: '// source '.length }));
  assert.deepEqual(list.items, [], 'nothing inside a comment');
});

test('go to definition, find references and highlights cross files', async (t) => {
  const { client, uri, declsUri } = await open(t);
  const at = client.positionParams(uri, positionOf(client, uri, 'Syria', 2));
  const definition = await client.request('textDocument/definition', at);
  assert.equal(definition.uri, declsUri);
  assert.deepEqual(definition.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 12 } });

  const references = await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } });
  assert.deepEqual(references.map((r) => [r.uri, r.range.start.line]), [[declsUri, 4], [uri, 0], [uri, 1]]);
  const withoutDeclaration = await client.request('textDocument/references', { ...at, context: { includeDeclaration: false } });
  assert.equal(withoutDeclaration.length, 2);

  const highlights = await client.request('textDocument/documentHighlight', at);
  assert.deepEqual(highlights.map((h) => h.range.start.line), [0, 1]);

  const onKeyword = await client.request('textDocument/definition', client.positionParams(uri, positionOf(client, uri, 'says', 1)));
  assert.equal(onKeyword, null);
});

test('rename changes a name in every file, refuses a keyword or a name in use, and leaves the project as valid as it was', async (t) => {
  const { client, uri, declsUri } = await open(t);
  await client.open(declsUri, declarations);
  const at = client.positionParams(uri, positionOf(client, uri, 'Bloomberg', 4));

  const prepared = await client.request('textDocument/prepareRename', at);
  assert.equal(prepared.placeholder, 'Bloomberg');
  assert.equal(await client.request('textDocument/prepareRename', client.positionParams(uri, positionOf(client, uri, '36e9', 1))), null);

  await assert.rejects(client.request('textDocument/rename', { ...at, newName: 'source' }), (e) => e.code === -32803 && /keyword/.test(e.message));
  await assert.rejects(client.request('textDocument/rename', { ...at, newName: 'BBC_Persian' }), (e) => e.code === -32803 && /already declared/.test(e.message));

  const edit = await client.request('textDocument/rename', { ...at, newName: 'Bloomberg_News' });
  assert.deepEqual(Object.keys(edit.changes).sort(), [declsUri, uri].sort());
  for (const [target, edits] of Object.entries(edit.changes)) {
    const version = await client.replaceAll(target, applyTextEdits(client.text(target), edits));
    await client.waitForDiagnostics(target, version);
  }
  await client.settle(uri); // the other file's edit changes this one's diagnostics too
  assert.match(client.text(declsUri), /^source Bloomberg_News "Bloomberg"/m);
  assert.match(client.text(uri), /source Bloomberg_News quoting/);
  const codes = client.diagnosticsOf(uri).map((d) => d.code);
  assert.deepEqual(codes, ['CL4001'], 'only the conflict the project had before');
});

test('document symbols outline declarations and claims; workspace symbols search every file', async (t) => {
  const { client, uri, declsUri } = await open(t);
  await client.open(declsUri, declarations);
  const outline = await client.request('textDocument/documentSymbol', { textDocument: { uri: declsUri } });
  assert.deepEqual(outline.map((s) => s.name), ['BBC_Persian', 'Bloomberg', 'Heydemann', 'Iran', 'Syria', 'aid']);
  const claimOutline = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(claimOutline.map((s) => s.name), ['bbc_6y', 'heydemann']);

  const found = await client.request('workspace/symbol', { query: 'bbc' });
  assert.equal(found[0].name, 'BBC_Persian');
  assert.equal(found[0].location.uri, declsUri);
  const all = await client.request('workspace/symbol', { query: '' });
  assert.ok(all.length >= 8, `every declaration and labelled claim: ${all.map((s) => s.name).join(', ')}`);
});

test('semantic tokens colour names by what they resolve to', async (t) => {
  const { client, uri } = await open(t);
  const legend = client.initializeResult.capabilities.semanticTokensProvider.legend;
  const { data } = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.equal(data.length % 5, 0);
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const text = client.text(uri).split('\n')[line].slice(character, character + data[i + 2]);
    tokens.push([text, legend.tokenTypes[data[i + 3]]]);
  }
  const typeOf = (text) => tokens.find(([t]) => t === text)?.[1];
  assert.equal(typeOf('source'), 'keyword');
  assert.equal(typeOf('BBC_Persian'), 'namespace');
  assert.equal(typeOf('Heydemann'), 'class');
  assert.equal(typeOf('Iran'), 'struct');
  assert.equal(typeOf('aid'), 'enum');
  assert.equal(typeOf('USD'), 'type');
  assert.equal(typeOf('36e9'), 'number');

  const { data: ranged } = await client.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 200 } } });
  assert.ok(ranged.length > 0 && ranged.length < data.length);
});

test('quick fixes: the suggested spelling, a declaration of the missing name, a suppression of a conflict', async (t) => {
  const { client, uri, declsUri } = await open(t);
  let version = await client.replace(uri, 'says Iran -> Syria aid 36e9', 'says Iram -> Syria aid 36e9');
  let published = await client.waitForDiagnostics(uri, version);
  const misspelt = published.diagnostics.find((d) => d.code === 'CL1001');
  assert.ok(misspelt, JSON.stringify(published.diagnostics));

  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] } });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes("Change 'Iram' to 'Iran'"), titles.join(' | '));
  assert.ok(titles.includes("Declare entity 'Iram'"), titles.join(' | '));
  const change = actions.find((a) => a.title === "Change 'Iram' to 'Iran'");
  assert.equal(change.kind, 'quickfix');
  assert.equal(change.isPreferred, true);
  version = await client.replaceAll(uri, applyTextEdits(client.text(uri), change.edit.changes[uri]));
  published = await client.waitForDiagnostics(uri, version);
  assert.ok(!published.diagnostics.some((d) => d.code === 'CL1001'));

  const conflict = published.diagnostics.find((d) => d.code === 'CL4001');
  const fixes = await client.request('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict] } });
  const suppress = fixes.find((a) => a.title.startsWith('Suppress CL4001'));
  assert.ok(suppress, fixes.map((a) => a.title).join(' | '));
  version = await client.replaceAll(uri, applyTextEdits(client.text(uri), suppress.edit.changes[uri]));
  published = await client.waitForDiagnostics(uri, version);
  assert.match(client.text(uri), /\/\/ claimlang-ignore CL4001/);
  assert.deepEqual(published.diagnostics, [], 'the acknowledged conflict is no longer shown');

  const declare = actions.find((a) => a.title === "Declare entity 'Iram'");
  assert.ok(Object.keys(declare.edit.changes).length === 1);
  const [target] = Object.keys(declare.edit.changes);
  assert.ok(target === uri || target === declsUri);
});
