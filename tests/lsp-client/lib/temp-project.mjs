// A project folder of the tests' own under the system's temp folder: files written by the test,
// or a copy of examples/, so the server and claimc can be pointed at it and the files changed
// on disk without touching the repository.
import { cp, mkdtemp, readFile, rm, unlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export class TempProject {
  /** @param {string} root the folder's full path */
  constructor(root) {
    this.root = root;
  }

  /**
   * A new folder holding <files> (relative path with '/' -> text), after a copy of the folder
   * <copyOf> when one is given. <prefix> names the folder (it may hold spaces or other letters,
   * to test how URIs spell them).
   */
  static async create(files = {}, { copyOf, prefix = 'claimlang-lsp-' } = {}) {
    const project = new TempProject(await mkdtemp(join(tmpdir(), prefix)));
    if (copyOf) await cp(copyOf, project.root, { recursive: true });
    for (const [relativePath, text] of Object.entries(files)) await project.write(relativePath, text);
    return project;
  }

  /** The full path of a '/'-separated path relative to the root. */
  path(relativePath) {
    return join(this.root, ...relativePath.split('/'));
  }

  /** The file URI of a relative path, spelled as editors spell it (percent-encoded). */
  uri(relativePath) {
    return pathToFileURL(this.path(relativePath)).href;
  }

  /** The root folder's URI. */
  get rootUri() {
    return pathToFileURL(this.root).href;
  }

  /** The relative path ('/'-separated) of a file URI under the root; the URI itself for anything else. */
  relativePathOf(uri) {
    if (!uri.startsWith('file:')) return uri;
    const path = fileURLToPath(uri);
    return path.startsWith(this.root + sep) ? path.slice(this.root.length + 1).split(sep).join('/') : uri;
  }

  /** Writes UTF-8 text (no byte-order mark), creating folders on the way; returns the file's URI. */
  async write(relativePath, text) {
    await mkdir(dirname(this.path(relativePath)), { recursive: true });
    await writeFile(this.path(relativePath), text, 'utf8');
    return this.uri(relativePath);
  }

  async read(relativePath) {
    return readFile(this.path(relativePath), 'utf8');
  }

  /** Deletes one file; returns its URI. */
  async delete(relativePath) {
    await unlink(this.path(relativePath));
    return this.uri(relativePath);
  }

  /** Deletes the whole folder. */
  async remove() {
    await rm(this.root, { recursive: true, force: true });
  }
}
