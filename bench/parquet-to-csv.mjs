// Converts a Parquet file to CSV (RFC 4180, header line, LF line ends), one row group at a time so
// memory stays bounded by the largest row group, not the file.
//
// Usage: node parquet-to-csv.mjs INPUT.parquet OUTPUT.csv
//
// Rendering, chosen so PostgreSQL's COPY ... CSV and our csv connector read the same values:
// - TIMESTAMP: ISO-8601 'YYYY-MM-DDTHH:MM:SS[.fff]'; with a trailing 'Z' only when the Parquet column
//   is adjusted to UTC (a local timestamp gets no zone, so none is invented).
// - integers (INT32/INT64, BigInt in JS): decimal digits.
// - strings: quoted only when they hold a comma, quote, CR or LF; an empty string is written as ""
//   so it stays distinct from NULL, which is an empty unquoted field.
// It prints each column's Parquet type, the row count and the range of every integer column, so the
// user can check the types the benchmark declares (e.g. that an INT64 column fits a 32-bit int).
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'

const [input, output] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node parquet-to-csv.mjs INPUT.parquet OUTPUT.csv')
  process.exit(2)
}

const file = await asyncBufferFromFile(input)
const metadata = await parquetMetadataAsync(file)
const columns = parquetSchema(metadata).children.map((c) => c.element)
const names = columns.map((c) => c.name)
const renderers = columns.map(rendererFor)
const stats = columns.map(() => ({ nulls: 0, min: null, max: null }))

const out = createWriteStream(output)
await write(names.map(quoteText).join(',') + '\n')
let rowStart = 0
for (const group of metadata.row_groups) {
  const rowEnd = rowStart + Number(group.num_rows)
  const rows = await readRows(rowStart, rowEnd)
  await write(toCsv(rows))
  rowStart = rowEnd
}
out.end()
await once(out, 'finish')
report(rowStart)

/** Reads rows [start, end) as arrays in schema column order. */
function readRows(rowStart, rowEnd) {
  return new Promise((resolve, reject) => {
    parquetRead({ file, metadata, compressors, columns: names, rowStart, rowEnd, onComplete: resolve })
      .catch(reject)
  })
}

function toCsv(rows) {
  const lines = new Array(rows.length)
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    const fields = new Array(row.length)
    for (let c = 0; c < row.length; c++) fields[c] = render(c, row[c])
    lines[r] = fields.join(',')
  }
  return lines.join('\n') + '\n'
}

function render(c, value) {
  const s = stats[c]
  if (value === null || value === undefined) {
    s.nulls++
    return ''
  }
  if (typeof value === 'bigint' || typeof value === 'number') {
    if (s.min === null || value < s.min) s.min = value
    if (s.max === null || value > s.max) s.max = value
  }
  return renderers[c](value)
}

function rendererFor(column) {
  const logical = column.logical_type?.type
  if (logical === 'TIMESTAMP' || column.converted_type?.startsWith('TIMESTAMP')) {
    const utc = column.logical_type?.isAdjustedToUTC ?? true
    return (d) => isoTimestamp(d, utc)
  }
  if (logical === 'DATE' || column.converted_type === 'DATE') {
    return (d) => d.toISOString().slice(0, 10)
  }
  if (column.type === 'BYTE_ARRAY' || column.type === 'FIXED_LEN_BYTE_ARRAY') return quoteText
  if (column.type === 'BOOLEAN') return (b) => (b ? 'true' : 'false')
  return (v) => String(v)
}

function isoTimestamp(date, utc) {
  const iso = date.toISOString() // 'YYYY-MM-DDTHH:MM:SS.mmmZ'
  const base = iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23)
  return utc ? base + 'Z' : base
}

function quoteText(value) {
  const s = typeof value === 'string' ? value : String(value)
  if (s === '') return '""'
  if (!/[",\r\n]/.test(s)) return s
  return '"' + s.replaceAll('"', '""') + '"'
}

async function write(chunk) {
  if (!out.write(chunk)) await once(out, 'drain')
}

function report(rowCount) {
  console.log(`wrote ${output}: ${rowCount} rows, ${metadata.row_groups.length} row groups`)
  columns.forEach((column, i) => {
    const type = [column.type, column.logical_type?.type, column.converted_type]
      .filter(Boolean)
      .join('/')
    const utc = column.logical_type?.type === 'TIMESTAMP'
      ? ` (isAdjustedToUTC=${column.logical_type.isAdjustedToUTC}, unit=${column.logical_type.unit})`
      : ''
    const { nulls, min, max } = stats[i]
    const range = min === null ? '' : `, min ${min}, max ${max}`
    console.log(`  ${column.name}: ${type}${utc}, ${nulls} nulls${range}`)
  })
}
