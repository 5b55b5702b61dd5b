'use strict';
// Where the claimc to start is, from the claimlang.server.path setting. Kept free of the vscode
// module so that it runs under plain Node in the extension's unit tests.
const fs = require('node:fs');
const path = require('node:path');

/** The setting's default: the command `dotnet tool install -g ClaimLang.Cli` puts on PATH. */
const DEFAULT_SERVER_PATH = 'claimc';

/**
 * The command that runs claimc, or undefined when there is none where the setting points.
 *
 * - A command name (the default, `claimc`) is looked up on PATH, then in the folder of global
 *   .NET tools: VS Code started from a desktop menu may not have that folder on its PATH even
 *   where a terminal does.
 * - A path may name the executable, a folder holding it (a `dotnet tool install --tool-path`
 *   folder) or claimc.dll, which `dotnet` runs (a build of the repository). A relative path is
 *   relative to the workspace folder; `~` is the home folder.
 *
 * @param {string | undefined} setting the value of claimlang.server.path
 * @param {{ env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string, workspaceFolder?: string }} context
 * @returns {{ command: string, args: string[] } | undefined}
 */
function findServer(setting, context) {
  const value = (setting || '').trim() || DEFAULT_SERVER_PATH;
  if (!isPath(value, context.platform)) {
    const found = searchFolders(value, commandFolders(context), context);
    return found && { command: found, args: [] };
  }
  const resolved = path.resolve(context.workspaceFolder || process.cwd(), expandHome(value, context.home));
  if (isDirectory(resolved)) {
    const found = searchFolders(DEFAULT_SERVER_PATH, [resolved], context);
    return found && { command: found, args: [] };
  }
  if (resolved.toLowerCase().endsWith('.dll')) {
    return isFile(resolved) ? { command: 'dotnet', args: [resolved] } : undefined;
  }
  return canRun(resolved, context.platform) ? { command: resolved, args: [] } : undefined;
}

/** The message shown when findServer finds nothing. */
function notFoundMessage(setting) {
  const value = (setting || '').trim() || DEFAULT_SERVER_PATH;
  return `${value} was not found: install it with \`dotnet tool install -g ClaimLang.Cli\` or set claimlang.server.path`;
}

function isPath(value, platform) {
  return value.includes('/') || (platform === 'win32' && value.includes('\\')) || value.startsWith('~') || path.isAbsolute(value);
}

function expandHome(value, home) {
  return value === '~' || value.startsWith('~/') || value.startsWith('~\\') ? path.join(home, value.slice(1)) : value;
}

// PATH, then the global .NET tools folder (DOTNET_CLI_HOME moves it, as it does for dotnet).
function commandFolders({ env, platform, home }) {
  const pathVariable = platform === 'win32' ? env.Path || env.PATH : env.PATH;
  const folders = (pathVariable || '').split(platform === 'win32' ? ';' : ':').filter((folder) => folder !== '');
  folders.push(path.join(env.DOTNET_CLI_HOME || home, '.dotnet', 'tools'));
  return folders;
}

/** The file names a command may have: on Windows each extension of PATHEXT. */
function commandFileNames(command, { env, platform }) {
  if (platform !== 'win32' || path.extname(command) !== '') return [command];
  const extensions = (env.PATHEXT || '.COM;.EXE;.BAT;.CMD').split(';').filter((extension) => extension !== '');
  return extensions.map((extension) => command + extension.toLowerCase());
}

function searchFolders(command, folders, context) {
  for (const folder of folders) {
    for (const name of commandFileNames(command, context)) {
      const candidate = path.join(folder, name);
      if (canRun(candidate, context.platform)) return candidate;
    }
  }
  return undefined;
}

function canRun(file, platform) {
  if (!isFile(file)) return false;
  if (platform === 'win32') return true;
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file) {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

module.exports = { DEFAULT_SERVER_PATH, findServer, notFoundMessage, commandFileNames };
