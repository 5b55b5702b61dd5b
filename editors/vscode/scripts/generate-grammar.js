'use strict';
// Writes syntaxes/claimlang.tmLanguage.json from syntaxes/claimlang.grammar.js.
// With --check it writes nothing and fails when the JSON is not what the source gives, so that
// an edit to one file without the other cannot pass the tests (npm test runs it first).
const fs = require('node:fs');
const path = require('node:path');
const { grammar } = require('../syntaxes/claimlang.grammar.js');

const target = path.join(__dirname, '..', 'syntaxes', 'claimlang.tmLanguage.json');
const text = `${JSON.stringify(grammar, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), target)} is out of date: run \`npm run grammar\` and commit it.`);
    process.exit(1);
  }
  console.log('The grammar JSON matches syntaxes/claimlang.grammar.js.');
} else {
  fs.writeFileSync(target, text);
  console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
}
