// The diagnostics `claimc check --format json` reports, in the shape the server publishes them,
// so that the two can be compared document by document. The JSON report counts lines and
// columns from 1 with the end column exclusive (src/ClaimLang.Cli/Output/DisplayRange.cs); the
// protocol counts both from 0, end exclusive, in the same UTF-16 units. Suppressed findings are
// in the report (marked) and never published.
import assert from 'node:assert/strict';
import { sep } from 'node:path';
import { checkJson } from './claimc-process.mjs';

const severities = { error: 1, warning: 2, info: 3 };

/** A JSON report's location as a protocol range. */
export function rangeOfLocation(location) {
  return {
    start: { line: location.line - 1, character: location.column - 1 },
    end: { line: location.endLine - 1, character: location.endColumn - 1 },
  };
}

/** One published diagnostic, reduced to what claimc check also reports, with related locations as relative paths. */
export function fromPublished(diagnostic, relativePathOf) {
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    range: diagnostic.range,
    related: (diagnostic.relatedInformation ?? []).map((related) => ({
      file: relativePathOf(related.location.uri),
      range: related.location.range,
      message: related.message,
    })),
  };
}

/** One diagnostic of the JSON report in the same reduced shape. */
export function fromReport(diagnostic) {
  return {
    code: diagnostic.code,
    severity: severities[diagnostic.severity],
    message: diagnostic.message,
    range: rangeOfLocation(diagnostic),
    related: diagnostic.related.map((related) => ({ file: related.file, range: rangeOfLocation(related), message: related.message })),
  };
}

// Neither side promises an order within a document: both are sorted the same way.
function sorted(diagnostics) {
  const key = (d) => JSON.stringify([d.range.start.line, d.range.start.character, d.code, d.message, d.range, d.related]);
  return [...diagnostics].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The unsuppressed diagnostics of a JSON report, by file (relative path, as the report names it). */
export function reportByFile(report) {
  const byFile = new Map();
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.suppressed) continue;
    if (!byFile.has(diagnostic.file)) byFile.set(diagnostic.file, []);
    byFile.get(diagnostic.file).push(fromReport(diagnostic));
  }
  return byFile;
}

/**
 * The client's last published diagnostics for each of <files> (relative paths), reduced and
 * sorted; a file nothing was published for has none.
 */
export function publishedByFile(client, project, files) {
  const relativePathOf = (uri) => project.relativePathOf(uri);
  return Object.fromEntries(files.map((file) => [file, sorted(client.diagnosticsOf(project.uri(file)).map((d) => fromPublished(d, relativePathOf)))]));
}

/**
 * Asserts that the client's last published diagnostics are those `claimc check --format json`
 * reports when run in the project folder, for every file either side names plus <files>.
 * Call client.settle() first. Returns the report.
 */
export async function assertPublishedEqualsCheck(client, project, files = [], context = '') {
  const report = await checkJson(project.root);
  const expected = reportByFile(report);
  const published = [...client.latest.keys()]
    .filter((key) => key.startsWith(project.root + sep))
    .map((key) => key.slice(project.root.length + 1).split(sep).join('/'));
  const all = [...new Set([...expected.keys(), ...published, ...files])].sort();
  const expectedByFile = Object.fromEntries(all.map((file) => [file, sorted(expected.get(file) ?? [])]));
  assert.deepStrictEqual(publishedByFile(client, project, all), expectedByFile,
    `The published diagnostics differ from claimc check --format json in ${project.root}${context ? ` (${context})` : ''}.`);
  return report;
}

/**
 * Waits until the server has published for every change sent, writes the open buffers of
 * project files to disk (without telling the server: it holds them already), and asserts that
 * the published diagnostics are what claimc check reports for the files as they now are.
 */
export async function assertSettledEqualsCheck(client, project, context = '') {
  await client.settle();
  for (const [uri, document] of client.documents) {
    const file = project.relativePathOf(uri);
    if (file !== uri) await project.write(file, document.text);
  }
  return assertPublishedEqualsCheck(client, project, [], context);
}
