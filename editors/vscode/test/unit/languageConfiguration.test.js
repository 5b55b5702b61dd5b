'use strict';
// The word pattern decides what a double click selects and what word-based completion offers:
// a name as the lexer reads it (IDENTIFIER: a letter or '_', then letters, digits, marks and
// '_'), and a number or date whole, so that `36e9` or `2018-06-08` is one word.
const test = require('node:test');
const assert = require('node:assert/strict');
const configuration = require('../../language-configuration.json');

// VS Code adds the global flag and keeps the others (ensureValidWordDefinition).
const wordPattern = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
const words = (text) => text.match(wordPattern) ?? [];

test('a name is one word, Unicode letters and marks included', () => {
  assert.deepEqual(words('de_Mistura Österreich _x bbc_6y Cafe\u0301'), ['de_Mistura', 'Österreich', '_x', 'bbc_6y', 'Cafe\u0301']);
});

test('punctuation separates words', () => {
  assert.deepEqual(words('bbc_6y: Iran->Syria USD/yr Iran→Syria {kind flow}'), ['bbc_6y', 'Iran', 'Syria', 'USD', 'yr', 'Iran', 'Syria', 'kind', 'flow']);
});

test('numbers and dates are one word each', () => {
  assert.deepEqual(words('36e9 3.6E10 36_000_000 -60 2.5e-3'), ['36e9', '3.6E10', '36_000_000', '-60', '2.5e-3']);
  assert.deepEqual(words('2018 2018-06 2018-06-08'), ['2018', '2018-06', '2018-06-08']);
});

test('a range or a period is two words', () => {
  assert.deepEqual(words('14e9..15e9 2011..2016 2018-06..2019'), ['14e9', '15e9', '2011', '2016', '2018-06', '2019']);
});

test('the comment and bracket settings are the language\'s', () => {
  assert.equal(configuration.comments.lineComment, '//');
  assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(configuration.brackets, [['{', '}']]);
});
