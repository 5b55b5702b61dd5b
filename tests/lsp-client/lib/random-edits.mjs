// Random edits for the replay test, from a seeded generator so that a failure can be replayed:
// inserts, deletes and replacements of random spans with fragments of the language (tokens,
// names that exist and names that do not, numbers, dates, keywords, line breaks, quotes,
// comment starts), garbage and non-ASCII text, and changes of layout alone; now and then a
// whole-document replacement, several changes in one notification, or positions past the end
// of a line or of the document.
import { lineStarts, positionAt } from './text-buffer.mjs';

/** mulberry32: a small, fast generator with a 32-bit seed; the same seed gives the same edits. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** A number in [0, 1). */
    next,
    /** An integer in [0, n). */
    below: (n) => Math.floor(next() * n),
    /** One element of a list. */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** True with probability p. */
    chance: (p) => next() < p,
  };
}

// No U+FEFF: a byte-order mark at the start of a file is dropped when claimc reads it from disk,
// as editors drop it, so the file would not hold the buffer's text.
export const fragments = Object.freeze([
  // keywords and scale words
  'source', 'person', 'entity', 'metric', 'unit', 'says', 'quoting', 'as of', 'note', 'cite', 'status', 'retracted', 'disputed',
  'thousand', 'million', 'billion', 'trillion', 'kind', 'flow', 'level', 'min', 'max', 'published', 'reliability',
  // names that the examples declare, and names that no one declares
  'Iran', 'Syria', 'BBC_Persian', 'Bloomberg', 'de_Mistura', 'Heydemann', 'Shehadi', 'JCPA', 'DW_Persian', 'aid', 'transfer',
  'Lebanon', 'Hezbollah', 'funding', 'barrel', 'USD', 'EUR', 'IRR', 'count', '%', 'Irann', 'Atlantis', 'foo_bar', '_x1', 'Sýria',
  // numbers, some malformed or out of range
  '36e9', '36.5', '3.6E10', '36_000_000_000', '-12', '0', '1e999', '12.34.5', '1__0', '15e9..20e9', '>= 12e9', '< 5', '~80', '14..15 billion',
  // dates and periods, some not calendar dates
  '2018', '2018-06', '2018-06-08', '2011..2016', '2017..2011', '2018-13', '2018-02-30', '2024-02-29', 'as of 2018-02',
  // punctuation and operators
  '->', '→', '..', '>=', '<=', '>', '<', '~', '/', '/yr', '/month', ':', '{', '}', '{ kind country }', 'label:',
  // line breaks, blanks, quotes, comments
  '\n', '\n', '\r\n', '\r', '\n\n', ' ', '  ', '\t', '"', '"text"', '"unterminated', '\\"', '/*', '*/', '/* block */', '//', '// comment\n',
  '// claimlang-ignore CL4001 known\n', '// claimlang-ignore CL1001\n',
  // whole lines
  'source BBC_Persian says Iran -> Syria aid 36e9 USD 2011..2016 as of 2018-02\n',
  'x1: source Bloomberg quoting de_Mistura says Iran -> Syria aid 6e9 USD/yr 2018 as of 2018-06-08\n',
  'source JCPA says Iran poverty_rate ~80 % 2018\n',
  'entity Atlantis "Atlantis" { kind country  code ATL }\n',
  'metric aid "again" { kind level }\n',
  // garbage
  '@', '#', '$', '`', '\\', '^', '&&', '|', '?', ';', '\u0000', '\u0007',
  // beyond ASCII: letters, combining marks, characters outside the BMP, separators editors show as blanks
  'é', 'e\u0301', 'Müller', 'Ωmega', '日本', 'العربية', '😀', '𝔘𝔫𝔦', '👩‍👩‍👧', '\u00a0', '\u2028', '\u200b',
]);

/** An offset moved off the middle of a surrogate pair: an editor never edits half a character. */
function whole(text, offset) {
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff ? offset - 1 : offset;
}

function randomSpan(random, text) {
  const start = whole(text, random.below(text.length + 1));
  const longest = random.chance(0.1) ? 200 : 12;
  const end = whole(text, Math.min(text.length, start + random.below(longest + 1)));
  return [start, Math.max(start, end)];
}

function randomFragment(random) {
  let text = random.pick(fragments);
  while (random.chance(0.3)) text += random.chance(0.5) ? ' ' + random.pick(fragments) : random.pick(fragments);
  return text;
}

// A position of an offset, now and then moved past the end of its line or of the document (the
// server and the client both clamp it back to the end).
function randomPosition(random, text, offset, starts) {
  const position = positionAt(text, offset, starts);
  if (random.chance(0.04)) return { line: position.line, character: position.character + 1 + random.below(60) };
  if (random.chance(0.01)) return { line: starts.length + random.below(5), character: random.below(10) };
  return position;
}

// A change of layout only, as tidying by hand makes it: the blank after a token grows, shrinks
// or becomes a tab, or a blank line comes in. Such text still parses, so formatting has work.
export function layoutChange(random, text, starts = lineStarts(text)) {
  const blanks = [...text.matchAll(/[ \t]+/g)];
  if (blanks.length === 0 || random.chance(0.2)) {
    const line = random.below(starts.length);
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: random.pick(['\n', '\n\n', '  ', '\t']) };
  }
  const blank = random.pick(blanks);
  const range = { start: positionAt(text, blank.index, starts), end: positionAt(text, blank.index + blank[0].length, starts) };
  return { range, text: random.pick([' ', '  ', '   ', '\t', ' \t ', '\n  ']) };
}

/** One content change for <text>: a range replaced by text (insert, delete or replace), or the whole text. */
function randomChange(random, text, wholeTexts) {
  if (random.chance(0.01)) return { text: random.chance(0.8) ? random.pick(wholeTexts) : randomFragment(random) };
  if (random.chance(0.15)) return layoutChange(random, text, lineStarts(text));
  const starts = lineStarts(text);
  const [start, end] = randomSpan(random, text);
  const kind = random.next();
  const insert = kind < 0.45;
  const remove = !insert && kind < 0.7;
  const range = {
    start: randomPosition(random, text, start, starts),
    end: randomPosition(random, text, insert ? start : end, starts),
  };
  return { range, text: remove ? '' : randomFragment(random) };
}

/**
 * The content changes of one didChange for <text>: mostly one, sometimes two or three (each
 * computed for the text the one before leaves, as the protocol applies them). <apply> gives
 * the text after a change. <wholeTexts> are the texts a whole-document replacement chooses from.
 */
export function randomChanges(random, text, apply, wholeTexts) {
  const count = random.chance(0.05) ? 2 + random.below(2) : 1;
  const changes = [];
  for (let i = 0; i < count; i++) {
    const change = randomChange(random, text, wholeTexts);
    changes.push(change);
    text = apply(text, change);
  }
  return changes;
}
