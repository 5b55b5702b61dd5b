'use strict';
// How the extension finds claimc from claimlang.server.path, on real files in a temporary folder.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { findServer, notFoundMessage, commandFileNames } = require('../../src/serverLocation');

const posix = process.platform !== 'win32';

/** A temporary folder with a home, a PATH folder and a workspace, removed after the test. */
function sandbox(t) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlang-server-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const folder = (...parts) => {
    const full = path.join(root, ...parts);
    fs.mkdirSync(full, { recursive: true });
    return full;
  };
  const file = (mode, ...parts) => {
    folder(...parts.slice(0, -1));
    const full = path.join(root, ...parts);
    fs.writeFileSync(full, '');
    fs.chmodSync(full, mode);
    return full;
  };
  const executable = (...parts) => file(0o755, ...parts);
  const context = {
    env: { PATH: folder('bin') },
    platform: process.platform,
    home: folder('home'),
    workspaceFolder: folder('workspace'),
  };
  return { root, folder, file, executable, context };
}

test('the default finds claimc on PATH', (t) => {
  const { executable, context } = sandbox(t);
  const claimc = executable('bin', 'claimc');
  assert.deepEqual(findServer(undefined, context), { command: claimc, args: [] });
  assert.deepEqual(findServer('  ', context), { command: claimc, args: [] });
});

test('a command not on PATH is found among the global .NET tools', (t) => {
  const { executable, context } = sandbox(t);
  const claimc = executable('home', '.dotnet', 'tools', 'claimc');
  assert.deepEqual(findServer('claimc', context), { command: claimc, args: [] });
});

test('DOTNET_CLI_HOME moves the global .NET tools folder', (t) => {
  const { executable, folder, context } = sandbox(t);
  const claimc = executable('cli-home', '.dotnet', 'tools', 'claimc');
  executable('home', '.dotnet', 'tools', 'claimc');
  const env = { ...context.env, DOTNET_CLI_HOME: folder('cli-home') };
  assert.deepEqual(findServer('claimc', { ...context, env }), { command: claimc, args: [] });
});

test('PATH comes before the global .NET tools', (t) => {
  const { executable, context } = sandbox(t);
  const onPath = executable('bin', 'claimc');
  executable('home', '.dotnet', 'tools', 'claimc');
  assert.equal(findServer('claimc', context).command, onPath);
});

test('nothing found gives undefined', (t) => {
  const { context } = sandbox(t);
  assert.equal(findServer('claimc', context), undefined);
  assert.equal(findServer('/no/such/claimc', context), undefined);
  assert.equal(findServer('tools/claimc.dll', context), undefined);
});

test('a file that cannot be run is not a server', { skip: !posix && 'permissions are POSIX' }, (t) => {
  const { file, context } = sandbox(t);
  file(0o644, 'bin', 'claimc');
  assert.equal(findServer('claimc', context), undefined);
});

test('an absolute path names the executable', (t) => {
  const { executable, context } = sandbox(t);
  const claimc = executable('elsewhere', 'claimc');
  assert.deepEqual(findServer(claimc, context), { command: claimc, args: [] });
});

test('a folder is a dotnet tool --tool-path folder holding claimc', (t) => {
  const { executable, folder, context } = sandbox(t);
  const claimc = executable('tool-path', 'claimc');
  assert.deepEqual(findServer(folder('tool-path'), context), { command: claimc, args: [] });
});

test('a relative path is relative to the workspace folder', (t) => {
  const { executable, context } = sandbox(t);
  const claimc = executable('workspace', '.tools', 'claimc');
  assert.deepEqual(findServer('.tools/claimc', context), { command: claimc, args: [] });
  assert.deepEqual(findServer('./.tools', context), { command: claimc, args: [] });
});

test('~ is the home folder', (t) => {
  const { executable, context } = sandbox(t);
  const claimc = executable('home', '.claimc', 'claimc');
  assert.deepEqual(findServer('~/.claimc/claimc', context), { command: claimc, args: [] });
  assert.deepEqual(findServer('~/.claimc', context), { command: claimc, args: [] });
});

test('claimc.dll runs with dotnet', (t) => {
  const { file, context } = sandbox(t);
  const dll = file(0o644, 'workspace', 'src', 'claimc.dll');
  assert.deepEqual(findServer('src/claimc.dll', context), { command: 'dotnet', args: [dll] });
});

test('on Windows a command name is tried with each PATHEXT extension', () => {
  const context = { env: { PATHEXT: '.COM;.EXE;.CMD' }, platform: 'win32' };
  assert.deepEqual(commandFileNames('claimc', context), ['claimc.com', 'claimc.exe', 'claimc.cmd']);
  assert.deepEqual(commandFileNames('claimc.exe', context), ['claimc.exe']);
  assert.deepEqual(commandFileNames('claimc', { env: {}, platform: 'linux' }), ['claimc']);
});

test('the not-found message says how to install claimc or where to point the setting', () => {
  assert.equal(
    notFoundMessage(undefined),
    'claimc was not found: install it with `dotnet tool install -g ClaimLang.Cli` or set claimlang.server.path',
  );
  assert.match(notFoundMessage('~/bin/claimc'), /^~\/bin\/claimc was not found: /);
});
