// textDocument/formatting gives the text `claimc fmt` writes for the same text: its edits,
// applied to the buffer, must give exactly the file claimc fmt leaves. A text with syntax errors
// gets no edits, as claimc fmt leaves such a file alone.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { examplesFolder } from '../lib/claimc-command.mjs';
import { formatWithClaimc } from '../lib/claimc-process.mjs';
import { startSession } from '../lib/session.mjs';
import { assertFormattingEqualsFmt } from '../lib/server-text.mjs';
import { applyTextEdits, editsAsChanges } from '../lib/text-buffer.mjs';

const messy = {
  'spacing.claim': 'source  BBC   says Iran->Syria aid  36e9 USD 2011 .. 2016   as of 2018-02   \n\n\n\nsource BBC says Iran→Syria 1 USD 2018\n',
  'declarations.claim': 'entity   Iran "Iran"{kind country code IRN}\nmetric aid "Aid" {\nkind flow\n     unit USD }\n',
  'comments.claim': '// a comment   \n  /* a block\n   comment */   source BBC says Iran -> Syria aid 1 USD 2018 // after\n',
  'crlf.claim': 'source  BBC says Iran -> Syria aid 1 USD 2018\r\n\r\n\r\nsource BBC  says Iran -> Syria aid 2 USD 2019\r\n',
  'non-ascii.claim': 'source  Bé says Iran ->  Syriä aid 1 USD 2018  note "😀   𝔘"\n\tsource 𝔘nicode says Iran -> Syria aid 2 USD 2019 // é😀\n',
  'multi-line.claim': 'heydemann: source Bloomberg quoting Heydemann says Iran -> Syria aid 15e9..20e9 USD/yr 2011..2015\n as of 2015-06\n        note "since the war began"  cite "https://example.org/a"\n',
  'no-final-newline.claim': 'source BBC says Iran -> Syria aid 1 USD 2018',
};

const syntaxErrors = 'source   BBC says\nsource BBC says Iran -> Syria aid 1 USD 2018   \n';

function exampleFiles(folder = examplesFolder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return exampleFiles(path);
    return name.endsWith('.claim') ? [relative(examplesFolder, path).split(sep).join('/')] : [];
  });
}

for (const [name, text] of Object.entries(messy)) {
  test(`formatting ${name} gives what claimc fmt writes`, async (t) => {
    const { project, client } = await startSession(t, { [name]: text });
    const uri = project.uri(name);
    await client.open(uri, text);

    const { edits, expected } = await assertFormattingEqualsFmt(client, uri);
    assert.equal(expected.code, 0);
    assert.notEqual(expected.text, text, 'the text is not in canonical layout, so there is something to format');
    assert.ok(edits.length > 0);
  });
}

test('every example, made untidy, formats as claimc fmt formats it; the tidy example needs no edits', async (t) => {
  const { project, client } = await startSession(t, {}, { copyOf: examplesFolder });
  for (const file of exampleFiles()) {
    const uri = project.uri(file);
    const tidy = readFileSync(join(examplesFolder, file), 'utf8');
    await client.open(uri, tidy);
    assert.deepEqual(await client.format(uri), [], `${file} is in canonical layout`);

    await client.replaceAll(uri, tidy.replace(/ -> /g, '->').replace(/ says /g, '   says  ').replace(/\n\n/g, '\n\n\n'));
    await assertFormattingEqualsFmt(client, uri);
  }
});

test('a text with syntax errors gets no edits, as claimc fmt leaves the file alone', async (t) => {
  const { project, client } = await startSession(t, { 'broken.claim': syntaxErrors });
  const uri = project.uri('broken.claim');
  await client.open(uri, syntaxErrors);

  assert.deepEqual(await client.format(uri), []);
  const fmt = await formatWithClaimc(syntaxErrors);
  assert.equal(fmt.code, 1);
  assert.equal(fmt.text, syntaxErrors);
});

test('a project file that is not open is formatted from its text on disk', async (t) => {
  const { project, client } = await startSession(t, messy);
  await client.settle();

  const edits = await client.format(project.uri('spacing.claim'));
  assert.equal(applyTextEdits(messy['spacing.claim'], edits), (await formatWithClaimc(messy['spacing.claim'])).text);
});

test('the edits applied as an editor applies them leave nothing more to format', async (t) => {
  const { project, client } = await startSession(t, messy);
  for (const name of Object.keys(messy)) {
    const uri = project.uri(name);
    await client.open(uri, messy[name]);
    const edits = await client.format(uri);
    const version = await client.change(uri, editsAsChanges(edits));

    assert.equal(client.text(uri), applyTextEdits(messy[name], edits));
    assert.deepEqual(await client.format(uri), [], `${name} after formatting`);
    await client.waitForDiagnostics(uri, version);
  }
});
