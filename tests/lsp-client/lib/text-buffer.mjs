// The client's copy of a document's text, edited the way the server edits its buffer, so that
// after any sequence of edits both hold the same string and the tests know which text the
// published diagnostics are about.
//
// Positions are the protocol's: a zero-based line and a UTF-16 code unit offset in that line,
// which is what a JavaScript string index counts. Lines end at LF, CR LF or a lone CR (the
// protocol's line ends, and the ones the compiler's SourceText knows).

/** The offsets at which lines start; the first line starts at 0. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The offset where a line's text ends, before its line break. */
function lineEnd(text, starts, line) {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 0x0a) end--;
  if (end > starts[line] && text.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}

/**
 * The offset of a position, clamped as the server clamps the positions of an edit: a line
 * before the first is the start of the text, a line past the last is its end, and a character
 * past the end of its line is the line's end (the protocol says so for characters; for lines it
 * is silent, and the server takes the nearest text).
 */
export function offsetAt(text, position, starts = lineStarts(text)) {
  if (position.line < 0) return 0;
  if (position.line >= starts.length) return text.length;
  return Math.min(starts[position.line] + Math.max(0, position.character), lineEnd(text, starts, position.line));
}

/** The position of an offset (0 <= offset <= text.length). */
export function positionAt(text, offset, starts = lineStarts(text)) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The range from one offset to another. */
export function rangeOf(text, start, end, starts = lineStarts(text)) {
  return { start: positionAt(text, start, starts), end: positionAt(text, end, starts) };
}

/**
 * The text after one content change of didChange: a range replaced by text, or (without a
 * range) the whole text replaced. An end before the start is taken as the start.
 */
export function applyChange(text, change) {
  if (!change.range) return change.text;
  const starts = lineStarts(text);
  const start = offsetAt(text, change.range.start, starts);
  const end = Math.max(start, offsetAt(text, change.range.end, starts));
  return text.slice(0, start) + change.text + text.slice(end);
}

/** The text after the content changes of one didChange, each applied to the text the one before it left. */
export function applyChanges(text, changes) {
  return changes.reduce(applyChange, text);
}

/**
 * The text after the edits of a formatting answer: unlike didChange's changes, every range
 * refers to the original text, so they are applied from the last to the first. Edits must not
 * overlap (the protocol forbids it); an overlap throws, as it is a server bug.
 */
export function applyTextEdits(text, edits) {
  const starts = lineStarts(text);
  const spans = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start, starts), end: offsetAt(text, edit.range.end, starts), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) {
      throw new Error(`The edits overlap: ${JSON.stringify(spans[i - 1])} and ${JSON.stringify(spans[i])}.`);
    }
  }
  let result = text;
  for (let i = spans.length - 1; i >= 0; i--) {
    result = result.slice(0, spans[i].start) + spans[i].newText + result.slice(spans[i].end);
  }
  return result;
}

/**
 * The edits of a formatting answer as the content changes of one didChange, as an editor sends
 * them: the last first, so that each range still refers to the text it was computed for.
 */
export function editsAsChanges(edits) {
  const byStart = (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  return [...edits].sort(byStart).reverse().map((edit) => ({ range: edit.range, text: edit.newText }));
}

/**
 * The one change that turns <before> into <after>: the span between their common start and
 * common end, as an editor's undo or paste sends it. The span never starts or ends inside a
 * surrogate pair or between the CR and the LF of a line break.
 */
export function changeBetween(before, after) {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shortest - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const splits = (text, offset) => {
    const previous = text.charCodeAt(offset - 1);
    const next = text.charCodeAt(offset);
    return (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (previous === 0x0d && next === 0x0a);
  };
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
  return { range: rangeOf(before, start, before.length - end), text: after.slice(start, after.length - end) };
}
