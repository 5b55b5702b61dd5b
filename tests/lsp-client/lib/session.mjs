// What most tests begin with: a temp project, a server started and initialized on it, and both
// cleaned up when the test ends, passed or failed.
import { LspClient } from './lsp-client.mjs';
import { TempProject } from './temp-project.mjs';

/**
 * A project of <files> (relative path -> text; after a copy of <copyOf> when given) and a
 * server initialized on it. Both are removed when the test <t> ends.
 */
export async function startSession(t, files = {}, { copyOf, prefix, capabilities } = {}) {
  const project = await TempProject.create(files, { copyOf, prefix });
  t.after(() => project.remove());
  const client = await LspClient.start({ root: project.root, capabilities });
  t.after(() => client.dispose());
  return { project, client };
}

/** Opens a project file with its text on disk; resolves with its URI. */
export async function openFromDisk(client, project, file) {
  const uri = project.uri(file);
  await client.open(uri, await project.read(file));
  return uri;
}
