// Replays thousands of random edits to the open documents of a copy of examples/, with a
// formatting request every ~50 edits, and checks that the server kept up: the diagnostics it
// publishes last for every file are those claimc check reports for the final texts, every
// published range lies inside the text of its version, and the server still answers and exits
// cleanly. The edits come from a seeded generator; a failure names the seed, and
// CLAIMLANG_REPLAY_SEED=<seed> replays the same edits (CLAIMLANG_REPLAY_EDITS changes their number).
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { assertSettledEqualsCheck } from '../lib/check-report.mjs';
import { examplesFolder } from '../lib/claimc-command.mjs';
import { layoutChange, randomChanges, seededRandom } from '../lib/random-edits.mjs';
import { openFromDisk, startSession } from '../lib/session.mjs';
import { assertFormattingEqualsFmt } from '../lib/server-text.mjs';
import { applyChange, applyTextEdits, changeBetween, editsAsChanges, lineStarts } from '../lib/text-buffer.mjs';

const seed = process.env.CLAIMLANG_REPLAY_SEED ? Number(process.env.CLAIMLANG_REPLAY_SEED) : randomInt(2 ** 31);
const editCount = process.env.CLAIMLANG_REPLAY_EDITS ? Number(process.env.CLAIMLANG_REPLAY_EDITS) : 5000;

function claimFiles(folder, root = folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return claimFiles(path, root);
    return name.endsWith('.claim') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** Asserts that every published range lies in the text the diagnostics were published for. */
function assertRangesInside(published, text) {
  const starts = lineStarts(text);
  const lineLength = (line) => {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    return text.slice(starts[line], end).replace(/\r?\n$|\r$/, '').length;
  };
  for (const diagnostic of published.diagnostics) {
    for (const position of [diagnostic.range.start, diagnostic.range.end]) {
      assert.ok(position.line < starts.length && position.character <= lineLength(position.line),
        `${diagnostic.code} at ${JSON.stringify(diagnostic.range)} lies outside version ${published.version} of ${published.uri}`);
    }
  }
}

test(`${editCount} random edits to the examples, then the diagnostics of claimc check (seed ${seed})`, async (t) => {
  t.diagnostic(`seed ${seed}: CLAIMLANG_REPLAY_SEED=${seed} replays these edits`);
  const random = seededRandom(seed);
  const { project, client } = await startSession(t, {}, { copyOf: examplesFolder });
  const files = claimFiles(examplesFolder);
  const uris = [];
  for (const file of files) uris.push(await openFromDisk(client, project, file));
  const originals = uris.map((uri) => client.text(uri));
  // What undo goes back to: the texts before each document's last edits.
  const undo = new Map(uris.map((uri) => [uri, []]));
  const counts = { formatted: 0, formattingChanged: 0, formattingApplied: 0, undone: 0, waited: 0, waitedWithSemantics: 0 };

  try {
    for (let edit = 1; edit <= editCount; edit++) {
      const uri = random.pick(uris);
      const text = client.text(uri);
      const earlier = undo.get(uri);
      if (earlier.length > 0 && random.chance(0.5)) {
        // Undo, as an editor sends it: the one span that differs from the text before.
        await client.change(uri, [changeBetween(text, earlier.pop())]);
        counts.undone++;
      } else if (random.chance(0.02)) {
        await client.change(uri, [changeBetween(text, originals[uris.indexOf(uri)])]);
        earlier.length = 0;
      } else {
        await client.change(uri, randomChanges(random, text, applyChange, originals));
        earlier.push(text);
      }

      // Only the document edited last is sure to be published at its version: a later edit to
      // another one may cancel the check of this one, whose diagnostics, unchanged, are not sent again.
      if (edit % 250 === 0 || random.chance(0.005)) {
        const published = await client.waitForDiagnostics(uri, client.version(uri));
        assertRangesInside(published, client.text(uri));
        counts.waited++;
        if (published.diagnostics.some((d) => !d.code.startsWith('CL0'))) counts.waitedWithSemantics++;
      }

      if (edit % 50 === 0) {
        const target = random.pick(uris);
        if (random.chance(0.5)) {
          // The analyst puts the file right and tidies it by hand before formatting it.
          await client.change(target, [changeBetween(client.text(target), originals[uris.indexOf(target)])]);
          for (let i = random.below(4); i >= 0; i--) await client.change(target, [layoutChange(random, client.text(target))]);
          undo.get(target).length = 0;
        }
        const text = client.text(target);
        const edits = await client.format(target);
        counts.formatted++;
        // Valid edits for the text the client has: inside it and not overlapping (applyTextEdits checks).
        const formatted = applyTextEdits(text, edits);
        if (edits.length > 0) counts.formattingChanged++;
        if (edits.length > 0 && random.chance(0.5)) {
          await client.change(target, editsAsChanges(edits));
          assert.equal(client.text(target), formatted);
          undo.get(target).push(text);
          counts.formattingApplied++;
        }
      }
      if (edit % 1000 === 0) {
        const target = random.pick(uris);
        await assertFormattingEqualsFmt(client, target);
      }
    }

    await assertSettledEqualsCheck(client, project, `after ${editCount} edits`);
    for (const uri of uris) assert.ok(Array.isArray(await client.format(uri)), `${uri} is still formatted`);
    assert.doesNotMatch(client.stderr, /failed/, 'no handler failed');
    // The replay means something only if it reached past syntax errors and asked for edits.
    assert.ok(counts.waited > 0 && counts.waitedWithSemantics > 0, `the replay never waited on diagnostics beyond syntax errors: ${JSON.stringify(counts)}`);
    assert.ok(counts.formatted > 0 && counts.formattingChanged > 0, `the replay's formatting never had edits: ${JSON.stringify(counts)}`);
    assert.equal(await client.stop(), 0);
  } catch (error) {
    error.message = `Replay seed ${seed} (rerun with CLAIMLANG_REPLAY_SEED=${seed}): ${error.message}`;
    throw error;
  }
  t.diagnostic(`${counts.undone} undos; ${counts.formatted} formatting requests, ${counts.formattingChanged} with edits, ${counts.formattingApplied} applied; ${counts.waited} waits for diagnostics, ${counts.waitedWithSemantics} with more than syntax errors`);
});
