// Expectations about the server's error responses, and the check that it still answers after one.
import assert from 'node:assert/strict';
import { ErrorCodes } from 'vscode-languageserver-protocol/node';

/** The JSON-RPC and LSP error codes the tests expect, by name. */
export const Codes = Object.freeze({
  ParseError: ErrorCodes.ParseError,
  InvalidRequest: ErrorCodes.InvalidRequest,
  MethodNotFound: ErrorCodes.MethodNotFound,
  InvalidParams: ErrorCodes.InvalidParams,
  ServerNotInitialized: ErrorCodes.ServerNotInitialized,
});

/** Asserts that <promise> (a request) fails with <code>; resolves with the error. */
export async function expectError(promise, code, what) {
  let failure;
  try {
    const result = await promise;
    assert.fail(`${what}: expected error ${code}, got the answer ${JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    failure = error;
  }
  assert.equal(failure.code, code, `${what}: expected error ${code}, got ${failure.code} (${failure.message})`);
  assert.ok(typeof failure.message === 'string' && failure.message.length > 0, `${what}: the error has no message`);
  return failure;
}

/**
 * Asserts that the server still answers a request properly: the formatting of an open
 * document (<uri>) gives an array of edits.
 */
export async function assertAnswers(client, uri, after) {
  const edits = await client.format(uri);
  assert.ok(Array.isArray(edits), `After ${after}, formatting answered ${JSON.stringify(edits)} instead of a list of edits.`);
  assert.equal(client.exitCode, undefined, `After ${after}, the server ended.`);
}
