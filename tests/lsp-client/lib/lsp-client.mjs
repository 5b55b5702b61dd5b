// A Language Server Protocol client for the tests: starts `claimc lsp --stdio` as a child
// process and talks to it through vscode-languageserver-protocol, the library VS Code's own
// client is built on. It keeps what the server sent (every message, every publishDiagnostics),
// mirrors the text of the documents it opened, and can wait for the diagnostics of one
// document at one version. Requests of features yet to come are one line each on top of
// request() (see positionParams() and test/robustness.test.mjs).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { claimcCommand } from './claimc-command.mjs';
import { applyChanges, positionAt, rangeOf } from './text-buffer.mjs';

/** The document settle() edits when none is open: not a file, so no project's file. */
export const settleDocument = 'untitled:claimlang-settle';

/** How long a wait lasts before it fails with what it was waiting for: only a hung or silent server reaches it. */
const defaultWaitMilliseconds = 30_000;

/** How long a request may go unanswered; the server answers in milliseconds, but may be slowed by a loaded machine. */
const requestMilliseconds = 15_000;

/** The client capabilities an editor like VS Code announces, as far as the server reads them. */
export const editorCapabilities = Object.freeze({
  general: { positionEncodings: ['utf-16'] },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    formatting: { dynamicRegistration: false },
  },
});

/** One key per document however its URI is spelled (percent-encoding, case of escapes): its path for file URIs. */
export function documentKey(uri) {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

// Keeps every message the server sends, before the connection handles it: responses to raw
// frames (which the connection cannot match to a request of its own) are seen here.
class RecordingMessageReader extends StreamMessageReader {
  constructor(readable, onMessage) {
    super(readable, 'utf-8');
    this.onMessage = onMessage;
  }

  listen(callback) {
    return super.listen((message) => {
      this.onMessage(message);
      callback(message);
    });
  }
}

export class LspClient {
  /** Everything the server sent, in order (requests, responses, notifications). */
  messages = [];
  /** Every textDocument/publishDiagnostics, in order. */
  publications = [];
  /** The last published diagnostics of each document, by documentKey(uri). */
  latest = new Map();
  /** Registrations the server asked for with client/registerCapability. */
  registrations = [];
  /** What the connection itself logged (errors about responses it could not match, and the like). */
  connectionLog = [];
  /** The documents this client opened: URI -> { text, version }. */
  documents = new Map();
  /** What the server wrote to standard error. */
  stderr = '';

  #waiters = new Set();
  #exitState = null;

  /**
   * Starts `claimc lsp --stdio` in <cwd>; <command> is the program and the arguments before
   * claimc's own (default: claimcCommand()). The client does not initialize: call initialize()
   * (or start() for both steps).
   */
  constructor({ cwd = process.cwd(), env = process.env, command = claimcCommand() } = {}) {
    const [program, ...prefix] = command;
    this.process = spawn(program, [...prefix, 'lsp', '--stdio'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk) => {
      this.stderr += chunk;
    });
    // Writes after the server has gone fail with EPIPE; the tests see that from the exit code.
    this.process.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.#exitState = { code, signal };
        for (const waiter of this.#waiters) waiter.fail(new Error(`The server ended (exit code ${code}, signal ${signal}) while the test waited for ${waiter.what}.${this.#stderrTail()}`));
        resolve(this.#exitState);
      });
    });

    const logger = {
      error: (message) => this.connectionLog.push(`error: ${message}`),
      warn: (message) => this.connectionLog.push(`warn: ${message}`),
      info: (message) => this.connectionLog.push(`info: ${message}`),
      log: (message) => this.connectionLog.push(`log: ${message}`),
    };
    this.reader = new RecordingMessageReader(this.process.stdout, (message) => this.#record(message));
    this.connection = createProtocolConnection(this.reader, new StreamMessageWriter(this.process.stdin, 'utf-8'), logger);
    // Recorded by #record as they arrive: the connection hands messages on one per turn of the
    // event loop, and a test woken by a later message must see every earlier one.
    this.connection.onNotification(PublishDiagnosticsNotification.type, () => {});
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  /** Starts a server, initializes it for <root> (a folder path) and sends initialized. */
  static async start({ root, capabilities = editorCapabilities, cwd = root, env, command } = {}) {
    const client = new LspClient({ cwd: cwd ?? process.cwd(), env, command });
    client.initializeResult = await client.initialize({ root, capabilities });
    await client.initialized();
    return client;
  }

  /** The exit code once the process has ended; undefined while it runs. */
  get exitCode() {
    return this.#exitState?.code;
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  /** Sends initialize with the root folder as workspace folder, root URI and root path. */
  initialize({ root, capabilities = editorCapabilities } = {}) {
    const rootUri = root ? pathToUri(root) : null;
    return this.request(InitializeRequest.method, {
      processId: process.pid,
      clientInfo: { name: 'claimlang-lsp-client-tests' },
      rootUri,
      rootPath: root ?? null,
      workspaceFolders: root ? [{ uri: rootUri, name: 'project' }] : null,
      capabilities,
    });
  }

  initialized() {
    return this.connection.sendNotification(InitializedNotification.type, {});
  }

  shutdown() {
    return this.request(ShutdownRequest.method);
  }

  /** Sends exit and resolves with the process's exit code. */
  async exit() {
    await this.connection.sendNotification(ExitNotification.type);
    return (await this.exited).code;
  }

  /** shutdown, then exit: resolves with the exit code, which must be 0. */
  async stop() {
    await this.shutdown();
    return this.exit();
  }

  /** Ends the process whatever state it is in (for clean-up after a failed test). */
  dispose() {
    this.connection.dispose();
    if (this.#exitState === null) this.process.kill();
  }

  // ---- documents ---------------------------------------------------------------------------

  /** Opens a document with <text>; resolves with its version. */
  async open(uri, text, version = 1) {
    this.documents.set(uri, { text, version });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'claimlang', version, text },
    });
    return version;
  }

  /**
   * Sends one didChange with <changes> (applied in order, as the protocol says); resolves with
   * the new version. lastChangeSentAt is the moment it was handed to the connection (after the
   * client's own copy was edited), for timing the server's answer.
   */
  async change(uri, changes) {
    const document = this.#document(uri);
    document.text = applyChanges(document.text, changes);
    document.version += 1;
    this.lastChangeSentAt = performance.now();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges: changes,
    });
    return document.version;
  }

  /** Replaces the characters from offset <start> to <end> of an open document with <text>; resolves with the new version. */
  edit(uri, start, end, text) {
    return this.change(uri, [{ range: rangeOf(this.text(uri), start, end), text }]);
  }

  /** Replaces the first occurrence of <search> in an open document; resolves with the new version. */
  replace(uri, search, text) {
    const start = this.text(uri).indexOf(search);
    if (start < 0) throw new Error(`'${search}' is not in ${uri}.`);
    return this.edit(uri, start, start + search.length, text);
  }

  /** Replaces the whole text (a change without a range); resolves with the new version. */
  replaceAll(uri, text) {
    return this.change(uri, [{ text }]);
  }

  async close(uri) {
    this.#document(uri);
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Tells the server about files created (1), changed (2) or deleted (3) on disk: pairs of [uri, type]. */
  filesChanged(...changes) {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: changes.map(([uri, type]) => ({ uri, type })),
    });
  }

  /** The client's copy of an open document's text. */
  text(uri) {
    return this.#document(uri).text;
  }

  version(uri) {
    return this.#document(uri).version;
  }

  /** The position of a character offset of an open document. */
  positionAt(uri, offset) {
    return positionAt(this.text(uri), offset);
  }

  /** Params of a request about one position (hover, definition, references, rename, completion). */
  positionParams(uri, position) {
    return { textDocument: { uri }, position };
  }

  // ---- requests ----------------------------------------------------------------------------

  /** Any request; rejects with the server's ResponseError (its code, its message), or when no answer comes. */
  request(method, params, milliseconds = requestMilliseconds) {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer to ${method} after ${milliseconds} ms.${this.#stderrTail()}`)), milliseconds);
    });
    // The connection does not fail its pending requests when the process ends; this does.
    const ended = this.exited.then(({ code, signal }) => {
      throw new Error(`The server ended (exit code ${code}, signal ${signal}) before it answered ${method}.${this.#stderrTail()}`);
    });
    const answer = params === undefined ? this.connection.sendRequest(method) : this.connection.sendRequest(method, params);
    return Promise.race([answer, late, ended]).finally(() => clearTimeout(timer));
  }

  /** Any notification. */
  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  format(uri, options = { tabSize: 2, insertSpaces: true }) {
    return this.request(DocumentFormattingRequest.method, { textDocument: { uri }, options });
  }

  /** Writes bytes to the server's standard input as they are: for frames the library would never send. */
  writeRaw(bytes) {
    return new Promise((resolve, reject) => {
      this.process.stdin.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }

  // ---- diagnostics -------------------------------------------------------------------------

  /** The last diagnostics published for a document; [] when none were. */
  diagnosticsOf(uri) {
    return this.latest.get(documentKey(uri))?.diagnostics ?? [];
  }

  /** Resolves with the publishDiagnostics of <uri> for <version> (one already received, or the next). */
  waitForDiagnostics(uri, version, milliseconds = defaultWaitMilliseconds) {
    const key = documentKey(uri);
    const matches = (params) => documentKey(params.uri) === key && params.version === version;
    const earlier = this.publications.find(matches);
    if (earlier) return Promise.resolve(earlier);
    return this.#wait(`the diagnostics of ${uri} at version ${version}`, (message) => message.method === PublishDiagnosticsNotification.method && matches(message.params), milliseconds)
      .then((message) => message.params);
  }

  /** Resolves with the first message from the server (from index <since> of messages on) that satisfies <predicate>. */
  waitForMessage(what, predicate, { since = 0, milliseconds = defaultWaitMilliseconds } = {}) {
    const earlier = this.messages.slice(since).find(predicate);
    if (earlier) return Promise.resolve(earlier);
    return this.#wait(what, predicate, milliseconds);
  }

  /**
   * Resolves once the server has published everything it will publish for the changes sent so
   * far, so that diagnosticsOf() is the server's final word on every document. It edits an open
   * document twice without changing its text and waits for each version's diagnostics: the
   * server checks one change after the other, and the edited document comes first in a run, so
   * when the second arrives the whole run of the first, which saw every earlier change, has been
   * received; the second run publishes nothing else, as nothing changed. Without an open
   * document it opens an empty untitled one, which adds nothing to the project.
   */
  async settle(uri = this.documents.keys().next().value) {
    if (uri === undefined) {
      uri = settleDocument;
      await this.open(uri, '');
    }
    const nothing = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }];
    await this.waitForDiagnostics(uri, await this.change(uri, nothing));
    await this.waitForDiagnostics(uri, await this.change(uri, nothing));
  }

  // ---- internals ---------------------------------------------------------------------------

  #document(uri) {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open in this client.`);
    return document;
  }

  #record(message) {
    this.messages.push(message);
    if (message.method === PublishDiagnosticsNotification.method) this.#published(message.params);
    for (const waiter of this.#waiters) {
      if (waiter.predicate(message)) waiter.done(message);
    }
  }

  #published(params) {
    this.publications.push(params);
    this.latest.set(documentKey(params.uri), params);
  }

  #wait(what, predicate, milliseconds) {
    if (this.#exitState) return Promise.reject(new Error(`The server has ended (exit code ${this.#exitState.code}); cannot wait for ${what}.${this.#stderrTail()}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        what,
        predicate,
        done: (message) => {
          this.#waiters.delete(waiter);
          clearTimeout(timer);
          resolve(message);
        },
        fail: (error) => {
          this.#waiters.delete(waiter);
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        const last = this.messages.slice(-3).map((m) => JSON.stringify(m).slice(0, 400)).join('\n  ');
        waiter.fail(new Error(`No answer after ${milliseconds} ms while waiting for ${what}. The server's last messages:\n  ${last}${this.#stderrTail()}`));
      }, milliseconds);
      this.#waiters.add(waiter);
    });
  }

  #stderrTail() {
    return this.stderr ? `\nThe server's standard error:\n${this.stderr.slice(-4000)}` : '';
  }
}

/** The file URI of a full path, spelled as editors spell it (percent-encoded). */
export function pathToUri(path) {
  return pathToFileURL(path).href;
}
