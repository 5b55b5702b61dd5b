// How to start claimc: the command the test wrapper gives in CLAIMC_COMMAND (a JSON array, e.g.
// ["dotnet","/abs/claimc.dll"]), else the Debug build of the repository, so that
// `node --test` also runs by hand after `dotnet build`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file is in tests/lsp-client/lib). */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The examples project, which several tests copy. */
export const examplesFolder = join(repositoryRoot, 'examples');

/** The program and the arguments that come before claimc's own: ['dotnet', '/abs/claimc.dll'] or ['/abs/claimc']. */
export function claimcCommand() {
  const configured = process.env.CLAIMC_COMMAND;
  if (configured) {
    const command = JSON.parse(configured);
    if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === 'string')) {
      throw new Error(`CLAIMC_COMMAND must be a JSON array of strings, like ["dotnet","/abs/claimc.dll"]; it is ${configured}`);
    }
    return command;
  }
  const built = join(repositoryRoot, 'src', 'ClaimLang.Cli', 'bin', 'Debug', 'net10.0', 'claimc.dll');
  if (existsSync(built)) return ['dotnet', built];
  throw new Error('Set CLAIMC_COMMAND to the command that runs claimc (a JSON array, like ["dotnet","/abs/claimc.dll"]), or build the repository (dotnet build) first.');
}
