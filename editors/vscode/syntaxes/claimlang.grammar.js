'use strict';
// The TextMate grammar of ClaimLang, as a JavaScript object: scripts/generate-grammar.js
// writes it to claimlang.tmLanguage.json, which is what VS Code reads.
//
// Written here rather than in the JSON because the same lexical pieces (a name, a number, a
// date) stand in many rules, and each piece is built once below from the lexer rule it mirrors
// in grammar/ClaimLangLexer.g4, the only grammar of the language. The rules go beyond single
// tokens only where the position tells a reader what a name is (the name after `source`, the
// subject after `says`, the unit after an amount): the language server's semantic tokens give
// every name its kind, and this grammar is what shows before the server runs or without it.

// ---- Lexical pieces (ClaimLangLexer.g4) ----

/** A keyword, and the scope it takes (the same spellings as SyntaxFacts in the compiler). */
const KEYWORDS = {
  // What a member declares, or (source) who makes a claim.
  kind: ['source', 'person', 'entity', 'metric', 'unit'],
  // Who says it.
  attribution: ['says', 'quoting'],
  // What else is known about a claim.
  qualifier: ['as', 'of', 'note', 'cite', 'status'],
  // The power of ten after a number.
  scale: ['thousand', 'million', 'billion', 'trillion'],
};
const KEYWORD_SCOPES = {
  kind: 'keyword.other.kind.claimlang',
  attribution: 'keyword.control.attribution.claimlang',
  qualifier: 'keyword.control.qualifier.claimlang',
  scale: 'keyword.other.scale.claimlang',
};
/** Time units after '/' in a rate, and status values (SyntaxFacts.TimeUnits, StatusValues). */
const TIME_UNITS = ['yr', 'year', 'mo', 'month', 'day'];
const STATUS_VALUES = ['retracted', 'disputed'];

const DIGIT = '[0-9]';
// DIGITS: underscores only between digits (36_000_000).
const DIGITS = `${DIGIT}(?:_?${DIGIT})*`;
const EXPONENT = `[eE][+-]?${DIGITS}`;
const NUMBER = `-?${DIGITS}(?:\\.${DIGITS})?(?:${EXPONENT})?`;
// Where the lexer would read on into a malformed number (1__0, 1e, 1_.5), the well-formed
// pattern must not stop early and leave the rest looking fine: it gives way to MALFORMED_NUMBER.
const NUMBER_END = `(?![0-9_]|\\.[0-9_]|[eE])`;
// The lexer's malformed forms (CL0004), read as one token as the lexer does.
const MALFORMED_NUMBER = `-?${DIGIT}[0-9_]*(?:\\.[0-9_]+)?(?:[eE][+-]?[0-9_]*)?`;
// DATE: a month or a day. A bare year lexes as a number and is a date only by position.
const DATE = `${DIGIT}{4}-${DIGIT}{2}(?:-${DIGIT}{2})?`;
const YEAR = `${DIGIT}{4}${NUMBER_END}`;
const DATE_OR_YEAR = `(?:${DATE}|${YEAR})`;

const ID_START = '[\\p{L}_]';
const ID_PART = '[\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}\\p{Pc}]';
const IDENTIFIER = `${ID_START}${ID_PART}*`;
// Keywords are whole words: `sources` and `unit_price` are names.
const WORD_END = `(?!${ID_PART})`;
const words = (list) => `(?:${list.join('|')})${WORD_END}`;
const ALL_KEYWORDS = words(Object.values(KEYWORDS).flat());
// A name that is not a keyword: keywords cannot name anything outside attribute blocks.
const NAME = `(?!${ALL_KEYWORDS})${IDENTIFIER}`;
const ARROW = '->|→';

// A character of a string: anything on the line but a quote or a backslash, or an escape.
const STRING_CHAR = '(?:[^"\\\\\\n]|\\\\.)';
// A terminated string: the lexer's STRING, closing quote on the same line.
const TERMINATED_STRING = `"${STRING_CHAR}*"`;
// An unterminated one runs to the end of the line (CL0002).
const STRING_TO_LINE_END = `"${STRING_CHAR}*\\\\?$`;

// ---- Building rules ----

/**
 * A match rule from a sequence of parts: a string is regex text; [regex, scope] is a capture
 * with that scope (a scope string, or an object with patterns to tokenize the capture with).
 * Captures are numbered in order, so the pieces above use only non-capturing groups.
 */
function sequence(parts, name) {
  let match = '';
  const captures = {};
  let index = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      match += part;
      continue;
    }
    const [regex, scope] = part;
    index += 1;
    match += `(${regex})`;
    captures[index] = typeof scope === 'string' ? { name: scope } : scope;
  }
  return name ? { name, match, captures } : { match, captures };
}

const include = (name) => ({ include: `#${name}` });

// ---- The grammar ----

const repository = {
  comments: {
    patterns: [include('suppression-comment'), include('line-comment'), include('block-comment')],
  },
  // `// claimlang-ignore CL4001,CL4002 reason`: the compiler reads the first word after the
  // marker as the codes (SuppressionComment.Parse); the reason stays a comment.
  'suppression-comment': {
    name: 'comment.line.double-slash.suppression.claimlang',
    begin: '(//)\\s*(claimlang-ignore)(?=\\s|$)',
    beginCaptures: {
      1: { name: 'punctuation.definition.comment.claimlang' },
      2: { name: 'keyword.other.suppression.claimlang' },
    },
    end: '$',
    patterns: [
      {
        match: '\\G\\s+(\\S+)',
        captures: {
          1: {
            patterns: [
              { match: 'CL[0-9]{4}', name: 'constant.other.diagnostic-code.claimlang' },
              { match: ',', name: 'punctuation.separator.diagnostic-codes.claimlang' },
            ],
          },
        },
      },
    ],
  },
  'line-comment': {
    name: 'comment.line.double-slash.claimlang',
    begin: '//',
    beginCaptures: { 0: { name: 'punctuation.definition.comment.claimlang' } },
    end: '$',
  },
  // Not nested; an unterminated one runs to the end of the file, as in the lexer.
  'block-comment': {
    name: 'comment.block.claimlang',
    begin: '/\\*',
    beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.claimlang' } },
    end: '\\*/',
    endCaptures: { 0: { name: 'punctuation.definition.comment.end.claimlang' } },
  },

  strings: {
    patterns: [include('string'), include('unterminated-string')],
  },
  // A string whose closing quote is on the line; the lookahead tells it from an unterminated one.
  string: {
    name: 'string.quoted.double.claimlang',
    begin: `"(?=${STRING_CHAR}*")`,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.claimlang' } },
    end: '"',
    endCaptures: { 0: { name: 'punctuation.definition.string.end.claimlang' } },
    patterns: [include('string-escapes')],
  },
  'unterminated-string': {
    name: 'string.quoted.double.claimlang invalid.illegal.unterminated-string.claimlang',
    begin: '"',
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.claimlang' } },
    end: '$',
    patterns: [include('string-escapes')],
  },
  'string-escapes': {
    patterns: [
      { match: '\\\\["\\\\nt]', name: 'constant.character.escape.claimlang' },
      { match: '\\\\.', name: 'invalid.illegal.unknown-escape.claimlang' },
    ],
  },

  // `{ kind country  code IRN }`. A line that starts like a claim or a declaration ends a block
  // whose '}' was forgotten, as in the parser (StartsMemberInsideBlock), so that one missing
  // brace does not turn the rest of the file into attributes.
  'attribute-block': {
    name: 'meta.attributes.claimlang',
    begin: '\\{',
    beginCaptures: { 0: { name: 'punctuation.section.block.begin.claimlang' } },
    end: `(\\})|(?=^\\s*(?:${NAME}\\s*:|${words(KEYWORDS.kind)}\\s+${NAME}\\s*(?:"|\\{|${words(KEYWORDS.attribution)})))`,
    endCaptures: { 1: { name: 'punctuation.section.block.end.claimlang' } },
    patterns: [
      include('comments'),
      include('unit-attribute'),
      include('attribute'),
      include('attribute-value'),
      include('operators'),
      include('bad-character'),
    ],
  },
  // `unit USD` in a metric: the value is a unit, as after an amount.
  'unit-attribute': sequence([
    ['unit', 'entity.other.attribute-name.claimlang'],
    WORD_END,
    '\\s+',
    [`%|${NAME}`, 'entity.name.type.unit.claimlang'],
  ]),
  // A name and its value on the same line; either may be any identifier or keyword (`kind person`).
  attribute: sequence([
    [IDENTIFIER, 'entity.other.attribute-name.claimlang'],
    '\\s+',
    [
      `${TERMINATED_STRING}|${STRING_TO_LINE_END}|${DATE}|${MALFORMED_NUMBER}(?:\\s+${words(KEYWORDS.scale)})?|%|${IDENTIFIER}`,
      { patterns: [include('attribute-value')] },
    ],
  ]),
  'attribute-value': {
    patterns: [
      include('strings'),
      include('dates'),
      include('numbers'),
      { match: words(KEYWORDS.scale), name: KEYWORD_SCOPES.scale },
      { match: '%', name: 'entity.name.type.unit.claimlang' },
      { match: IDENTIFIER, name: 'variable.other.constant.claimlang' },
    ],
  },

  // `KIND NAME`: the name a declaration declares, or (source) the outlet of a claim.
  'member-head': sequence([
    [words(KEYWORDS.kind), KEYWORD_SCOPES.kind],
    '\\s+',
    [NAME, 'entity.name.type.claimlang'],
  ]),
  // `LABEL:` (LabelMarker: a name followed by ':').
  label: sequence([
    [NAME, 'entity.name.label.claimlang'],
    '\\s*',
    [':', 'punctuation.separator.label.claimlang'],
  ]),
  speaker: sequence([
    ['quoting', KEYWORD_SCOPES.attribution],
    WORD_END,
    '\\s+',
    [NAME, 'entity.name.type.claimlang'],
  ]),
  // `says A -> B` or `says A`.
  subject: sequence([
    ['says', KEYWORD_SCOPES.attribution],
    WORD_END,
    '\\s+',
    [NAME, 'entity.name.type.claimlang'],
    '(?:\\s*',
    [ARROW, 'keyword.operator.arrow.claimlang'],
    '\\s*',
    [NAME, 'entity.name.type.claimlang'],
    ')?',
  ]),
  // The metric: the name right before the amount.
  metric: {
    match: `${NAME}(?=\\s*(?:[<>]=?|~|-?${DIGIT}))`,
    name: 'entity.name.type.metric.claimlang',
  },
  // `36e9 USD 2011..2016`, `15e9 USD/yr 2018`, `~80 % 2018`: a number, then what only the
  // position after it tells: its scale word, the unit, a rate's time unit and the period.
  amount: sequence([
    [NUMBER, 'constant.numeric.claimlang'],
    NUMBER_END,
    '(?:\\s+',
    [words(KEYWORDS.scale), KEYWORD_SCOPES.scale],
    ')?',
    '(?:\\s*',
    [`%|${NAME}`, 'entity.name.type.unit.claimlang'],
    '(?:\\s*',
    ['/', 'keyword.operator.rate.claimlang'],
    '\\s*',
    [words(TIME_UNITS), 'support.constant.time-unit.claimlang'],
    ')?',
    '(?:\\s+',
    [DATE_OR_YEAR, 'constant.numeric.date.claimlang'],
    '(?:\\s*',
    ['\\.\\.', 'keyword.operator.range.claimlang'],
    '\\s*',
    [DATE_OR_YEAR, 'constant.numeric.date.claimlang'],
    ')?',
    ')?',
    ')?',
  ]),
  qualifiers: {
    patterns: [
      sequence([
        ['as', KEYWORD_SCOPES.qualifier],
        '\\s+',
        ['of', KEYWORD_SCOPES.qualifier],
        '\\s+',
        [DATE_OR_YEAR, 'constant.numeric.date.claimlang'],
      ]),
      sequence([
        ['status', KEYWORD_SCOPES.qualifier],
        '\\s+',
        [words(STATUS_VALUES), 'constant.language.status.claimlang'],
      ]),
    ],
  },
  // Rates whose unit the amount rule did not reach (the claim continues on the next line).
  rate: sequence([
    ['/', 'keyword.operator.rate.claimlang'],
    '\\s*',
    [words(TIME_UNITS), 'support.constant.time-unit.claimlang'],
  ]),
  // Each group of keywords alone, one pattern each; the compiler's tests check these against SyntaxFacts.
  keywords: {
    patterns: Object.entries(KEYWORDS).map(([group, list]) => ({
      match: words(list),
      name: KEYWORD_SCOPES[group],
    })),
  },
  dates: {
    match: DATE,
    name: 'constant.numeric.date.claimlang',
  },
  numbers: {
    patterns: [
      { match: `${NUMBER}${NUMBER_END}`, name: 'constant.numeric.claimlang' },
      { match: MALFORMED_NUMBER, name: 'invalid.illegal.malformed-number.claimlang' },
    ],
  },
  operators: {
    patterns: [
      { match: ARROW, name: 'keyword.operator.arrow.claimlang' },
      { match: '\\.\\.', name: 'keyword.operator.range.claimlang' },
      { match: '>=|<=|>|<', name: 'keyword.operator.comparison.claimlang' },
      { match: '~', name: 'keyword.operator.approximate.claimlang' },
      { match: '/', name: 'keyword.operator.rate.claimlang' },
      { match: '%', name: 'entity.name.type.unit.claimlang' },
      { match: ':', name: 'punctuation.separator.label.claimlang' },
      { match: '\\}', name: 'punctuation.section.block.end.claimlang' },
    ],
  },
  // Names the rules above did not place. Matched whole, so that no keyword is found inside one.
  names: {
    match: IDENTIFIER,
    name: 'variable.other.claimlang',
  },
  // Last: a character no token starts with (CL0003). Whitespace is the lexer's WHITESPACE.
  'bad-character': {
    match: '[^ \\t\\f\\v\\r\\n\\x{A0}\\x{FEFF}]',
    name: 'invalid.illegal.character.claimlang',
  },
};

const grammar = {
  information_for_contributors: [
    'Generated by scripts/generate-grammar.js from syntaxes/claimlang.grammar.js: edit that file and run `npm run grammar`.',
  ],
  name: 'ClaimLang',
  scopeName: 'source.claimlang',
  fileTypes: ['claim'],
  // The order matters where two rules match at the same place: the first one listed wins.
  patterns: [
    include('comments'),
    include('strings'),
    include('attribute-block'),
    include('member-head'),
    include('label'),
    include('speaker'),
    include('subject'),
    include('qualifiers'),
    include('metric'),
    include('dates'),
    include('amount'),
    include('rate'),
    include('keywords'),
    include('numbers'),
    include('operators'),
    include('names'),
    include('bad-character'),
  ],
  repository,
};

module.exports = { grammar, KEYWORDS, TIME_UNITS, STATUS_VALUES };
