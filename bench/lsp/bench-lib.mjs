// What the language server benchmarks share (edit-latency.mjs, rapid-edits.mjs): the claimc to
// start, the one-file corpus, the LSP client of tests/lsp-client, and the machine line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const clientFolder = join(repositoryRoot, 'tests', 'lsp-client');
const nativeClaimc = join(repositoryRoot, 'src', 'ClaimLang.Cli', 'bin', 'Release', 'net10.0', 'linux-x64', 'publish', 'claimc');
const jitClaimc = join(repositoryRoot, 'src', 'ClaimLang.Cli', 'bin', 'Release', 'net10.0', 'claimc.dll');

export function run(program, args, cwd = repositoryRoot) {
  return execFileSync(program, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/**
 * The command that starts claimc, and what it is, for the report. <choice>: native (the Native
 * AOT claimc, published first when it is not there), jit (`dotnet claimc.dll` of the Release
 * build, built first when it is not there), or the path of a claimc; default native when it is
 * published, else jit.
 */
export function serverCommand(choice = existsSync(nativeClaimc) ? 'native' : 'jit') {
  if (choice === 'native') {
    if (!existsSync(nativeClaimc)) {
      console.error('publishing the native claimc (dotnet publish src/ClaimLang.Cli -c Release -r linux-x64) ...');
      run('dotnet', ['publish', 'src/ClaimLang.Cli', '-c', 'Release', '-r', 'linux-x64', '--nologo', '-v', 'quiet']);
    }
    return { command: [nativeClaimc], what: 'native (Native AOT)' };
  }
  if (choice === 'jit') {
    if (!existsSync(jitClaimc)) {
      console.error('building claimc (dotnet build src/ClaimLang.Cli -c Release) ...');
      run('dotnet', ['build', 'src/ClaimLang.Cli', '-c', 'Release', '--nologo', '-v', 'quiet']);
    }
    return { command: ['dotnet', jitClaimc], what: 'JIT (dotnet claimc.dll, Release)' };
  }
  return { command: [choice], what: choice };
}

/**
 * The corpus folder under bench/corpus, with corpus.claim holding every declaration and the
 * claims (`claimlang-bench gen --one-file`, and --one-group when asked), generated once. A
 * folder without the generator's stamp (an interrupted run, an older corpus) is made again.
 */
export function corpus(claims, { oneGroup = false } = {}) {
  const folder = join(repositoryRoot, 'bench', 'corpus', `lsp-c${claims}${oneGroup ? '-g1' : ''}`);
  if (!existsSync(join(folder, 'generated.txt'))) {
    console.error(`generating ${claims} claims into ${folder} ...`);
    rmSync(folder, { recursive: true, force: true });
    run('dotnet', ['run', '--project', join('bench', 'ClaimLang.Bench'), '-c', 'Release', '--', 'gen', folder, '--claims', String(claims), '--one-file', ...(oneGroup ? ['--one-group'] : [])]);
  }
  return folder;
}

/** A folder holding corpus.claim: one flow group of <claims> claims of the shape <kind> (`claimlang-bench group`), written once. */
export function groupCorpus(kind, claims) {
  const folder = join(repositoryRoot, 'bench', 'corpus', `lsp-group-${kind}-${claims}`);
  const file = join(folder, 'corpus.claim');
  if (!existsSync(file)) {
    console.error(`writing one '${kind}' group of ${claims} claims into ${folder} ...`);
    mkdirSync(folder, { recursive: true });
    run('dotnet', ['run', '--project', join('bench', 'ClaimLang.Bench'), '-c', 'Release', '--', 'group', kind, file, '--claims', String(claims)]);
  }
  return folder;
}

/** The LSP client of tests/lsp-client (installed with npm ci when missing) and its text helpers. */
export async function loadClient() {
  if (!existsSync(join(clientFolder, 'node_modules', 'vscode-languageserver-protocol', 'package.json'))) {
    console.error('installing the LSP client (npm ci in tests/lsp-client) ...');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], clientFolder);
  }
  const client = await import(pathToFileURL(join(clientFolder, 'lib', 'lsp-client.mjs')).href);
  const text = await import(pathToFileURL(join(clientFolder, 'lib', 'text-buffer.mjs')).href);
  const random = await import(pathToFileURL(join(clientFolder, 'lib', 'random-edits.mjs')).href);
  return { LspClient: client.LspClient, lineStarts: text.lineStarts, seededRandom: random.seededRandom };
}

export function machine() {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no']) ? '+changes' : '';
  return `machine: ${cpus()[0].model}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; commit ${commit}${dirty}`;
}
