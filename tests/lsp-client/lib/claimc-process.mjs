// claimc run as a command, the reference the server's answers are compared with: what
// `claimc check --format json` prints for a folder, and what `claimc fmt` writes for a text.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { claimcCommand } from './claimc-command.mjs';
import { TempProject } from './temp-project.mjs';

/** Runs claimc with arguments in a folder; resolves with its exit code and output whatever the code. */
export function runClaimc(args, cwd) {
  const [program, ...prefix] = claimcCommand();
  return new Promise((resolve, reject) => {
    execFile(program, [...prefix, ...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(new Error(`claimc ${args.join(' ')} could not run: ${error.message}\n${stderr}`));
      else resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/**
 * `claimc check --format json` run in the project folder: the report claimc prints there, parsed.
 * Exit codes 0 and 1 (errors found) are reports; 2, a configuration problem, is one too (its CL9001
 * diagnostics are in it). Anything else, or output that is not JSON, fails.
 */
export async function checkJson(folder) {
  const result = await runClaimc(['check', '--format', 'json'], folder);
  if (![0, 1, 2].includes(result.code)) throw new Error(`claimc check exited with ${result.code}:\n${result.stderr}`);
  try {
    return JSON.parse(result.stdout);
  } catch (error) {
    throw new Error(`claimc check --format json printed no JSON (${error.message}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * The text `claimc fmt` writes for a file holding <text>, and its exit code (1 when the text has
 * syntax errors and was left alone). The file is named <name> in a folder of its own.
 */
export async function formatWithClaimc(text, name = 'formatted.claim') {
  const project = await TempProject.create({ [name]: text });
  try {
    const result = await runClaimc(['fmt', name], project.root);
    return { code: result.code, text: await readFile(join(project.root, name), 'utf8'), stderr: result.stderr };
  } finally {
    await project.remove();
  }
}
