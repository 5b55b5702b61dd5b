'use strict';
// The repository's examples are valid ClaimLang (the compiler's tests check them with no
// errors), so the grammar must find nothing invalid in them: a rule that marks a valid form as
// invalid shows red where an analyst made no mistake.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tokenize } = require('./tokenizer');

const examples = path.join(__dirname, '..', '..', '..', '..', 'examples');

function claimFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return claimFiles(full);
    return entry.name.endsWith('.claim') ? [full] : [];
  });
}

const files = claimFiles(examples);

test('the examples folder has .claim files', () => {
  assert.ok(files.length >= 2, `found ${files.length} in ${examples}`);
});

for (const file of files) {
  test(`nothing is invalid in examples/${path.relative(examples, file).split(path.sep).join('/')}`, async () => {
    const invalid = (await tokenize(fs.readFileSync(file, 'utf8')))
      .filter((token) => token.scopes.some((scope) => scope.startsWith('invalid')))
      .map((token) => `line ${token.line}: ${JSON.stringify(token.text)} ${token.scopes.join(' ')}`);
    assert.deepEqual(invalid, []);
  });
}
