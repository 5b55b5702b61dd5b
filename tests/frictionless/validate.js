#!/usr/bin/env node
// Validates a dataset folder written by `claimc build` with Frictionless's own JavaScript
// libraries (datapackage, and tableschema underneath it):
//
//   node validate.js DIR
//
// 1. datapackage.json against the data package profile it declares, every resource against
//    its resource profile, and every resource's schema against the table schema profile;
// 2. every row of every CSV resource read and cast against its table schema (types, the
//    required constraint, the primary key's uniqueness), with the header row naming the
//    schema's fields in the schema's order;
// 3. every line of a JSON Lines resource cast against its schema the same way, its keys being
//    the schema's fields in order; and, when a CSV resource has the same fields, the same rows
//    as that CSV file holds once both are cast (so a value the CSV reader reads differently
//    from what was written, which no type check sees, still shows);
// 4. every other resource's file present and not empty.
//
// Prints one line per resource, then every problem with its resource, row and field, and exits
// 0 only when there is none (1 when there are problems, 2 when the folder cannot be read).
// Rows are numbered as the library numbers them: in a CSV file the header is row 1.
'use strict'

const fs = require('fs')
const path = require('path')
const { Package, Profile } = require('datapackage')
const { Table, validate: validateTableSchema } = require('tableschema')

// More than this many problems in one resource are counted, not printed: a broken column
// would otherwise repeat the same line for every row.
const PRINTED_PER_RESOURCE = 20

async function main(folder) {
  const descriptorPath = path.join(folder, 'datapackage.json')
  let descriptor
  try {
    descriptor = JSON.parse(fs.readFileSync(descriptorPath, 'utf8'))
  } catch (error) {
    console.error(`cannot read ${descriptorPath}: ${error.message}`)
    return 2
  }

  const problems = new Problems()
  await checkDescriptor(descriptor, problems)

  // The library resolves each resource's path against the folder and refuses unsafe ones.
  let dataPackage
  try {
    dataPackage = await Package.load(descriptorPath)
  } catch (error) {
    problems.add('datapackage.json', `the library cannot load the package: ${error.message}`)
    return problems.report()
  }
  if (!dataPackage.valid) {
    for (const error of dataPackage.errors) problems.add('datapackage.json', error.message)
  }

  const csvTables = []
  const jsonTables = []
  for (const resource of dataPackage.resources) {
    const label = `${resource.name} (${resource.descriptor.path})`
    if (!resource.valid) {
      for (const error of resource.errors) problems.add(label, `descriptor: ${error.message}`)
    }
    if (resource.tabular) csvTables.push(await checkCsv(resource, label, problems))
    else if (resource.descriptor.format === 'jsonl') jsonTables.push(await checkJsonLines(folder, resource, label, problems))
    else checkPresent(folder, resource, label, problems)
  }
  for (const json of jsonTables.filter(Boolean)) {
    const csv = csvTables.find((table) => table && table.fieldNames.join(',') === json.fieldNames.join(','))
    if (csv) compareRows(csv, json, problems)
  }
  return problems.report()
}

// The descriptor exactly as written (the library adds defaults before it validates its own
// copy), against the profiles it names.
async function checkDescriptor(descriptor, problems) {
  const packageProfile = await Profile.load(descriptor.profile || 'data-package')
  for (const error of packageProfile.validate(descriptor).errors) problems.add('datapackage.json', error.message)
  for (const [index, resource] of (descriptor.resources || []).entries()) {
    const label = `resources[${index}] ${resource.name}`
    const resourceProfile = await Profile.load(resource.profile || 'data-resource')
    for (const error of resourceProfile.validate(resource).errors) problems.add(label, error.message)
    if (resource.schema !== undefined) {
      const { errors } = await validateTableSchema(resource.schema)
      for (const error of errors) problems.add(label, `table schema: ${error.message}`)
    }
  }
}

// Resolves to the table's label, field names and cast rows (null for a row that broke the
// schema), or null when the file could not be read.
async function checkCsv(resource, label, problems) {
  const fieldNames = fieldNamesOf(resource)
  let rows
  try {
    rows = await castRows(await resource.iter({ extended: true, forceCast: true, stream: true }), fieldNames, label, problems)
  } catch (error) {
    problems.add(label, `cannot be read: ${error.message}`)
    return null
  }
  // The library checks only that every field has a column; the fields are matched to the
  // columns by position, so the header must name them in the schema's order.
  const headers = resource.headers || []
  if (headers.join(',') !== fieldNames.join(',')) {
    problems.add(label, `the header row is "${headers.join(',')}" but the schema's fields are "${fieldNames.join(',')}"`)
  }
  problems.summary(label, rows.length)
  return { label, fieldNames, rows }
}

// JSON Lines is not a tabular format to the library: each line's values, in the schema's
// field order, go through the library's table reader as an inline table instead.
async function checkJsonLines(folder, resource, label, problems) {
  const fieldNames = fieldNamesOf(resource)
  const file = path.join(folder, resource.descriptor.path)
  if (!fs.existsSync(file)) {
    problems.add(label, 'the file is missing')
    return null
  }
  const text = fs.readFileSync(file, 'utf8')
  if (text.length > 0 && !text.endsWith('\n')) problems.add(label, 'the last line does not end with a line break')
  const lines = text.length === 0 ? [] : text.replace(/\n$/, '').split('\n')
  const values = []
  for (const [index, line] of lines.entries()) {
    let record
    try {
      record = JSON.parse(line)
    } catch (error) {
      problems.add(label, `line ${index + 1}: not JSON: ${error.message}`)
      continue
    }
    const keys = record !== null && typeof record === 'object' ? Object.keys(record) : []
    if (keys.join(',') !== fieldNames.join(',')) {
      problems.add(label, `line ${index + 1}: the keys are "${keys.join(',')}" but the schema's fields are "${fieldNames.join(',')}"`)
      continue
    }
    values.push(fieldNames.map((name) => record[name]))
  }
  let rows
  try {
    const table = await Table.load(values, { schema: resource.descriptor.schema, headers: fieldNames })
    rows = await castRows(await table.iter({ extended: true, forceCast: true, stream: true }), fieldNames, label, problems)
  } catch (error) {
    problems.add(label, `cannot be read: ${error.message}`)
    return null
  }
  problems.summary(label, rows.length)
  return lines.length === values.length ? { label, fieldNames, rows } : null
}

// An invalid descriptor may have no schema: that is reported above, and the rows are then
// read against no fields at all.
function fieldNamesOf(resource) {
  return ((resource.descriptor.schema || {}).fields || []).map((field) => field.name)
}

// With forceCast the library yields, for a row that breaks the schema, the error in its place
// and goes on, so that every row is read. Resolves to the cast rows, null for each broken one.
// (The library's stream is read through its events: its async iterator adds a listener for
// every row.)
function castRows(stream, fieldNames, label, problems) {
  return new Promise((resolve, reject) => {
    const rows = []
    stream.on('data', (item) => {
      if (item instanceof Error) {
        addRowError(item, fieldNames, label, problems)
        rows.push(null)
      } else {
        rows.push(item[2])
      }
    })
    stream.on('error', reject)
    stream.on('end', () => resolve(rows))
  })
}

function addRowError(error, fieldNames, label, problems) {
  const where = error.rowNumber === undefined ? '' : `row ${error.rowNumber}: `
  if (!error.errors || error.errors.length === 0) {
    problems.add(label, `${where}${error.message}`)
    return
  }
  for (const cause of error.errors) {
    const field = cause.columnNumber === undefined ? '' : `field "${fieldNames[cause.columnNumber - 1]}": `
    problems.add(label, `${where}${field}${cause.message}`)
  }
}

// The JSON Lines rows against the CSV rows of the same fields, value by value once both are
// cast. A list is an array in JSON and ';'-separated text in CSV; an empty one is null in CSV.
function compareRows(csv, json, problems) {
  if (csv.rows.length !== json.rows.length) {
    problems.add(json.label, `${json.rows.length} rows, but ${csv.label} has ${csv.rows.length}`)
    return
  }
  for (const [index, csvRow] of csv.rows.entries()) {
    const jsonRow = json.rows[index]
    if (csvRow === null || jsonRow === null) continue
    for (const [column, name] of json.fieldNames.entries()) {
      const inJson = comparable(jsonRow[column])
      const inCsv = comparable(csvRow[column])
      if (inJson !== inCsv) {
        problems.add(json.label, `line ${index + 1}: field "${name}" is ${JSON.stringify(inJson)}, but ${JSON.stringify(inCsv)} as read from ${csv.label}`)
      }
    }
  }
}

function comparable(value) {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.join(';')
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

function checkPresent(folder, resource, label, problems) {
  const file = path.join(folder, resource.descriptor.path)
  if (!fs.existsSync(file)) problems.add(label, 'the file is missing')
  else if (fs.statSync(file).size === 0) problems.add(label, 'the file is empty')
  else problems.summary(label, null)
}

// Problems by resource, and what was read of each, printed together at the end: a comparison
// between two resources can still add to the first one's problems after it was read.
class Problems {
  constructor() {
    this.byLabel = new Map()
    this.read = new Map()
    this.total = 0
  }

  add(label, message) {
    if (!this.byLabel.has(label)) this.byLabel.set(label, [])
    this.byLabel.get(label).push(message.replace(/\s+/g, ' ').trim())
    this.total += 1
  }

  summary(label, rows) {
    this.read.set(label, rows === null ? 'present' : `${rows} ${rows === 1 ? 'row' : 'rows'} read and cast`)
  }

  report() {
    for (const [label, read] of this.read) {
      const count = this.byLabel.has(label) ? this.byLabel.get(label).length : 0
      console.log(`${label}: ${read}, ${count === 0 ? 'valid' : plural(count, 'problem')}`)
    }
    for (const [label, messages] of this.byLabel) {
      for (const message of messages.slice(0, PRINTED_PER_RESOURCE)) console.log(`${label}: ${message}`)
      if (messages.length > PRINTED_PER_RESOURCE) {
        console.log(`${label}: ... and ${plural(messages.length - PRINTED_PER_RESOURCE, 'more problem')}`)
      }
    }
    console.log(this.total === 0 ? 'the data package is valid' : `INVALID: ${plural(this.total, 'problem')}`)
    return this.total === 0 ? 0 : 1
  }
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

if (process.argv.length !== 3) {
  console.error('usage: node validate.js DIR (a folder written by claimc build)')
  process.exit(2)
}
main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.stack || String(error))
    process.exit(2)
  }
)
