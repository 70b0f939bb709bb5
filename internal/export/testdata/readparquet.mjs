// Reads a Parquet file with hyparquet, an implementation independent of
// the Go library that wrote it, and prints its row count, column names and
// rows as JSON. Used by TestParquetIndependentReader.
import { readFileSync } from 'node:fs'
import { parquetMetadata, parquetSchema, parquetReadObjects } from './hyparquet/src/index.js'

const buf = readFileSync(process.argv[2])
const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
const meta = parquetMetadata(file)
const columns = parquetSchema(meta).children.map((c) => c.element.name)
const rows = await parquetReadObjects({ file })
process.stdout.write(JSON.stringify({ rows: Number(meta.num_rows), columns, data: rows }, (k, v) => typeof v === 'bigint' ? Number(v) : v))
