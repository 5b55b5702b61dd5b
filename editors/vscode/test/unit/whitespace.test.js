'use strict';
// The lexer's WHITESPACE is more than spaces and tabs (form feed, vertical tab, no-break space,
// byte order mark); none of it may show as a character no token starts with. Written here, not
// in test/grammar, because these characters cannot be seen in a test file.
const test = require('node:test');
const assert = require('node:assert/strict');
const { tokenize } = require('./tokenizer');

test('every whitespace character of the lexer is whitespace for the grammar', async () => {
  const tokens = await tokenize('\uFEFFsource\u00A0S says\fA\u000Bm 1 %\t2018');
  assert.deepEqual(tokens.filter((token) => token.scopes.some((scope) => scope.startsWith('invalid'))), []);
  assert.deepEqual(tokens.filter((token) => token.text.trim() !== '' && token.scopes.length === 0), []);
});

test('a character no token starts with is invalid', async () => {
  const [token] = (await tokenize('source S says A m 1 % 2018 \u00A7')).filter((t) => t.text === '\u00A7');
  assert.deepEqual(token.scopes, ['invalid.illegal.character.claimlang']);
});
