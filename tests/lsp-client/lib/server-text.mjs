// Whether the server holds the same text as the client: the formatting it answers, applied to
// the client's copy, must give what claimc fmt writes for that copy. A server whose buffer went
// another way answers edits for another text, and the results differ.
import assert from 'node:assert/strict';
import { formatWithClaimc } from './claimc-process.mjs';
import { applyTextEdits } from './text-buffer.mjs';

/** Asserts that formatting <uri> gives the text claimc fmt gives for <text> (default: the client's copy of it). */
export async function assertFormattingEqualsFmt(client, uri, text = client.text(uri)) {
  const edits = await client.format(uri);
  const expected = await formatWithClaimc(text);
  assert.equal(applyTextEdits(text, edits), expected.text, `Formatting ${uri} differs from claimc fmt of the same text.`);
  return { edits, expected };
}
