#!/usr/bin/env node
// Memory of claimc lsp under a burst of edits, one command (from the repository root):
//
//   node bench/lsp/rapid-edits.mjs [--server native|jit|PATH] [--claims 16000] [--edits 1000] [--sync advertised|full|incremental] [--log FILE]
//
// Generates one .claim file of N claims (`claimlang-bench gen --one-file`; 16,000 claims are
// about 2 MiB) under bench/corpus/, starts `claimc lsp`, opens the file, waits for its first
// diagnostics, then sends --edits didChange notifications of it at once, without waiting for
// anything in between: each changes one digit of the amount of a claim, as the server's
// advertised sync asks (an incremental change of one character, or with --sync full the whole
// text in every notification, as a client that only knows full sync sends it). It waits for
// the diagnostics of the last version, closes the file and waits for the diagnostics of the
// file as it is on disk. Prints the server's peak resident memory (VmHWM of /proc/PID/status),
// its resident memory after the last version's diagnostics and after the close, how many
// diagnostics publications the burst caused, and the time from the first didChange to the
// last version's diagnostics, with the machine and the commit.
//
// --server as in edit-latency.mjs: native (the published Native AOT claimc), jit, or a path.
// --log FILE: the server's standard error, with its resident memory every 250 ms (run with
//   CLAIMLANG_LSP_TIMINGS=1 for the time of each stage of each edit).
// Needs the LSP client of tests/lsp-client (installed with npm ci when missing) and .NET.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { corpus, loadClient, machine, serverCommand } from './bench-lib.mjs';

const { values: options } = parseArgs({
  options: {
    server: { type: 'string' },
    claims: { type: 'string', default: '16000' },
    edits: { type: 'string', default: '1000' },
    sync: { type: 'string', default: 'advertised' },
    seed: { type: 'string', default: '1' },
    log: { type: 'string' },
  },
});
const claims = Number(options.claims);
const edits = Number(options.edits);

/**
 * The edits: each replaces one digit of a claim's amount by another, so no line moves and the
 * offsets found once stay right. Returns, per edit, the position and the new digit; the text
 * is kept as an array of characters so that a full-sync client can send each version whole.
 */
function digitEdits(text, { lineStarts, seededRandom }) {
  const random = seededRandom(Number(options.seed));
  const starts = lineStarts(text);
  const amounts = []; // [line, character, offset] of the first digit of each claim's amount
  for (let line = 0; line + 1 < starts.length; line++) {
    const content = text.slice(starts[line], starts[line + 1] - 1);
    const says = content.indexOf(' says ');
    if (says < 0) continue;
    const number = /(?<![\w.])\d/.exec(content.slice(says));
    if (number) amounts.push([line, says + number.index, starts[line] + says + number.index]);
  }
  const characters = [...text];
  const result = [];
  for (let i = 0; i < edits; i++) {
    const [line, character, offset] = amounts[random.below(amounts.length)];
    const digit = String((Number(characters[offset]) % 9) + 1);
    characters[offset] = digit;
    result.push({ line, character, digit, characters: options.sync === 'full' ? characters.join('') : null });
  }
  return result;
}

/** The kB figures of a /proc/PID/status line (VmHWM: peak resident, VmRSS: resident now), in MiB. */
async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)[1]) / 1024;
  return { peak: field('VmHWM'), resident: field('VmRSS') };
}

async function main() {
  const library = await loadClient();
  const { command, what } = serverCommand(options.server);
  const folder = corpus(claims);
  const file = join(folder, 'corpus.claim');
  const uri = pathToFileURL(file).href;
  const text = await readFile(file, 'utf8');

  const client = await library.LspClient.start({ root: folder, command });
  const pid = client.process.pid;
  const advertised = client.initializeResult.capabilities.textDocumentSync?.change ?? client.initializeResult.capabilities.textDocumentSync;
  const full = options.sync === 'full' || (options.sync === 'advertised' && advertised === 1);
  if (full && options.sync !== 'full') options.sync = 'full';
  const burst = digitEdits(text, library);
  await client.open(uri, text);
  await client.waitForDiagnostics(uri, 1, 300_000);
  const opened = await memoryOf(pid);

  // The burst: every notification is handed to the connection at once; none waits for the server.
  const publicationsBefore = client.publications.length;
  const started = performance.now();
  const samples = [];
  const sampler = setInterval(() => memoryOf(pid).then((m) => samples.push(`${(performance.now() - started).toFixed(0)} ms: ${m.resident.toFixed(0)} MiB`), () => {}), 250);
  const sent = burst.map(({ line, character, digit, characters }, i) => client.notify('textDocument/didChange', {
    textDocument: { uri, version: i + 2 },
    contentChanges: full ? [{ text: characters }] : [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: digit }],
  }));
  await Promise.all(sent);
  await client.waitForDiagnostics(uri, edits + 1, 600_000);
  const burstMs = performance.now() - started;
  const publications = client.publications.slice(publicationsBefore).filter((p) => p.uri === uri).length;
  const afterBurst = await memoryOf(pid);

  const since = client.messages.length;
  await client.notify('textDocument/didClose', { textDocument: { uri } });
  await client.waitForMessage('the diagnostics of the closed file', (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version == null, { since, milliseconds: 120_000 });
  const afterClose = await memoryOf(pid);
  // The collector gives memory back to the system in its own time: a second look after a pause.
  await delay(2000);
  const later = await memoryOf(pid);
  clearInterval(sampler);
  const exitCode = await client.stop();
  if (options.log) writeFileSync(options.log, `${client.stderr}\nresident memory from the first didChange on:\n${samples.join('\n')}\n`);

  const mib = (x) => `${x.toFixed(0)} MiB`;
  console.log(`claimc lsp under a burst of edits: ${what}`);
  console.log(`corpus: ${claims} claims in one file (${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB); ${edits} didChange sent at once, ${full ? 'full text each' : 'one character each (incremental)'}`);
  console.log(`resident after open: ${mib(opened.resident)}; peak (VmHWM) over the whole run: ${mib(later.peak)}`);
  console.log(`resident after the last version's diagnostics: ${mib(afterBurst.resident)}; after didClose: ${mib(afterClose.resident)}; 2 s later: ${mib(later.resident)}`);
  console.log(`first didChange to the last version's diagnostics: ${burstMs.toFixed(0)} ms; publications of the file during the burst: ${publications}`);
  console.log(`RESULT peak_mib=${later.peak.toFixed(0)} after_close_mib=${later.resident.toFixed(0)} burst_ms=${burstMs.toFixed(0)} publications=${publications}`);
  console.log(machine());
  if (exitCode !== 0) throw new Error(`claimc lsp exited with ${exitCode}:\n${client.stderr}`);
}

await main();
