#!/usr/bin/env node
// Edit latency of claimc lsp, one command (from the repository root):
//
//   node bench/lsp/edit-latency.mjs [--server native|jit|PATH] [--claims 10000] [--edits 200] [--warmup 20] [--one-group | --shape KIND] [--log FILE]
//
// Generates a corpus of N claims in ONE .claim file, corpus.claim, with its declarations
// (`claimlang-bench gen --one-file`) under bench/corpus/, starts `claimc lsp`, opens the file, makes --warmup edits, then --edits measured ones of the
// kinds an analyst makes: a number in a claim changed, a character typed into a name and
// removed again, a claim line added and removed again. Each is timed from sending didChange to
// receiving the publishDiagnostics of that file at that version; edits go one at a time, each
// after the previous one's diagnostics. Prints count, median, p95 and max in ms, per kind too,
// with the machine and the commit.
//
// --shape KIND: one flow group shaped as `claimlang-bench group KIND` writes it (months: every
//   claim true, spans of whole months; conflicting: most claims a thousandfold off; ...).
// --one-group: every claim about one flow (`claimlang-bench gen --one-group`), so that each
//   edit touches one consistency group of all N claims: the worst case for re-checking a group.
// --log FILE: the server's standard error (with CLAIMLANG_LSP_TIMINGS=1, each edit's stages).
//
// --server native: the Native AOT claimc at src/ClaimLang.Cli/bin/Release/net10.0/linux-x64/publish/claimc,
//   published first when it is not there (dotnet publish src/ClaimLang.Cli -c Release -r linux-x64).
// --server jit: `dotnet claimc.dll` of the Release build (built first when it is not there).
// --server PATH: that claimc executable.
// Default: native when it is published, else jit.
// Needs the LSP client of tests/lsp-client (installed with npm ci when missing) and .NET.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { corpus, groupCorpus, loadClient, machine, serverCommand } from './bench-lib.mjs';

const { values: options } = parseArgs({
  options: {
    server: { type: 'string' },
    claims: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    'one-group': { type: 'boolean', default: false },
    shape: { type: 'string' },
    log: { type: 'string' },
  },
});
const claims = Number(options.claims);
const measured = Number(options.edits);
const warmup = Number(options.warmup);

// The edits, each one didChange of one range. A claim line is a line with " says ".
function editKinds({ lineStarts, seededRandom }) {
  const random = seededRandom(Number(options.seed));
  let pending = null; // the edit that undoes the last one, for the kinds that come in pairs
  const claimLine = (text) => {
    const starts = lineStarts(text);
    for (;;) {
      const line = random.below(starts.length - 1);
      const content = text.slice(starts[line], starts[line + 1] - 1);
      if (content.includes(' says ')) return { line, content };
    }
  };
  const range = (line, start, end = start) => ({ start: { line, character: start }, end: { line, character: end } });
  return [
    {
      name: 'change a number',
      next(text) {
        const { line, content } = claimLine(text);
        // The amount: the first number after "says" that is not part of a name (E0012_IRN).
        const says = content.indexOf(' says ');
        const number = /(?<![\w.])\d/.exec(content.slice(says));
        const at = says + number.index;
        const digit = String((Number(content[at]) % 9) + 1);
        return { range: range(line, at, at + 1), text: digit };
      },
    },
    {
      name: 'type into a name',
      next(text) {
        const { line, content } = claimLine(text);
        const at = content.indexOf('source ') + 'source '.length + 4; // inside the source's name: now undeclared
        pending = { range: range(line, at, at + 1), text: '' };
        return { range: range(line, at), text: 'x' };
      },
    },
    { name: 'remove the typed character', next: () => pending },
    {
      name: 'add a claim line',
      next(text) {
        // A copy of a claim line above it, without its label (a label is unique): the names
        // are declared, so the new claim only adds to its group.
        const { line, content } = claimLine(text);
        pending = { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
        return { range: range(line, 0), text: `${content.replace(/^\w+:\s*/, '')}\n` };
      },
    },
    { name: 'remove the claim line', next: () => pending },
  ];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return `count ${sorted.length}, median ${median.toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

async function main() {
  const library = await loadClient();
  const { command, what } = serverCommand(options.server);
  const folder = options.shape ? groupCorpus(options.shape, claims) : corpus(claims, { oneGroup: options['one-group'] });
  const file = join(folder, 'corpus.claim');
  const uri = pathToFileURL(file).href;

  const started = performance.now();
  const client = await library.LspClient.start({ root: folder, command });
  const text = await readFile(file, 'utf8');
  await client.open(uri, text);
  const opened = await client.waitForDiagnostics(uri, 1, 300_000);
  const openMs = performance.now() - started;

  const kinds = editKinds(library);
  const times = [];
  const byKind = new Map(kinds.map((k) => [k.name, []]));
  for (let i = 0; i < warmup + measured; i++) {
    const kind = kinds[i % kinds.length];
    const change = kind.next(client.text(uri));
    const version = await client.change(uri, [change]);
    await client.waitForDiagnostics(uri, version, 60_000);
    const elapsed = performance.now() - client.lastChangeSentAt;
    if (i >= warmup) {
      times.push(elapsed);
      byKind.get(kind.name).push(elapsed);
    }
  }
  const exitCode = await client.stop();
  if (options.log) writeFileSync(options.log, client.stderr);

  console.log(`claimc lsp edit latency: ${what}`);
  const shape = options.shape ? `, one flow group shaped '${options.shape}'` : options['one-group'] ? ', all of one flow group' : '';
  console.log(`corpus: ${claims} claims in one file${shape} (${(text.length / 2 ** 20).toFixed(1)} MiB), ${opened.diagnostics.length} diagnostics on it`);
  console.log(`start, initialize and first diagnostics of the open file: ${openMs.toFixed(0)} ms`);
  console.log(`didChange -> publishDiagnostics of that version, after ${warmup} warm-up edits: ${summary(times)}`);
  for (const [name, kindTimes] of byKind) console.log(`  ${name.padEnd(28)} ${summary(kindTimes)}`);
  console.log(machine());
  if (exitCode !== 0) throw new Error(`claimc lsp exited with ${exitCode}:\n${client.stderr}`);
}

await main();
