import { CsvError, parse } from 'csv-parse/sync';
import type { Translate } from '../../platform/i18n.ts';
import { type ColumnKey, columns, problemAt, type Problem } from './import.problems.ts';

/** One person's line of the file, by column, with the line it starts on. */
export interface SourceRow {
  line: number;
  values: Record<ColumnKey, string>;
}

/** Enough for a large council; past it, a file is more likely a mistake than a staff list. */
export const maxRows = 50_000;

/** Strict UTF-8: a spreadsheet saved as Windows-1252 must be refused, not silently garbled. */
export function decodeCsv(bytes: Uint8Array, t: Translate): { text: string | null; problems: Problem[] } {
  try {
    // TextDecoder drops a leading byte order mark itself (ignoreBOM is false).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, problems: [] };
  } catch {
    return { text: null, problems: [problemAt(null, null, t('import.errors.notUtf8'))] };
  }
}

/** Header names are matched loosely: "Job title", "JOB_TITLE" and "job-title" all mean the same column. */
function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function readHeader(header: string[], line: number, t: Translate): { positions: Map<ColumnKey, number>; problems: Problem[] } {
  const positions = new Map<ColumnKey, number>();
  const problems: Problem[] = [];
  const names = header.map(headerKey);
  for (const column of columns) {
    const found = names.flatMap((name, index) => (name === column.header ? [index] : []));
    if (found.length === 0) problems.push(problemAt(line, null, t('import.errors.columnMissing', { column: column.header })));
    if (found.length > 1) problems.push(problemAt(line, null, t('import.errors.columnTwice', { column: column.header })));
    if (found.length === 1) positions.set(column.key, found[0] as number);
  }
  return { positions, problems };
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

/** csv-parse reports the line a record ends on; a quoted value may span several. */
function startLine(parsed: Parsed): number {
  const inside = parsed.record.reduce((count, value) => count + (value.match(/\n/g)?.length ?? 0), 0);
  return parsed.info.lines - inside;
}

function parseRecords(text: string, t: Translate): { records: Parsed[]; problems: Problem[] } {
  // One line ending throughout, so that csv-parse counts lines as an editor does (it counts CRLF inside quotes twice).
  const normalised = text.replace(/\r\n?/g, '\n');
  try {
    const records = parse(normalised, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // A spreadsheet often saves trailing rows of empty cells: they are not people.
      skip_records_with_empty_values: true,
    }) as unknown as Parsed[];
    return { records, problems: [] };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'import.errors.quoteNotClosed' : 'import.errors.quoteMisplaced';
    return { records: [], problems: [problemAt(typeof error.lines === 'number' ? error.lines : null, null, t(reason))] };
  }
}

/** Reads the header and every line under it; any problem with the file as a whole stops here. */
export function readRows(text: string, t: Translate): { rows: SourceRow[]; problems: Problem[] } {
  const { records, problems } = parseRecords(text, t);
  if (problems.length) return { rows: [], problems };
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [problemAt(null, null, t('import.errors.empty'))] };
  const read = readHeader(header.record, startLine(header), t);
  if (read.problems.length) return { rows: [], problems: read.problems };
  if (body.length === 0) return { rows: [], problems: [problemAt(null, null, t('import.errors.noPeople'))] };
  if (body.length > maxRows) return { rows: [], problems: [problemAt(null, null, t('import.errors.tooManyRows', { max: maxRows }))] };
  const rows: SourceRow[] = [];
  const countProblems: Problem[] = [];
  for (const parsed of body) {
    const line = startLine(parsed);
    if (parsed.record.length !== header.record.length) {
      const counts = { found: parsed.record.length, expected: header.record.length };
      countProblems.push(problemAt(line, null, t('import.errors.valueCount', counts)));
      continue;
    }
    const values = Object.fromEntries(columns.map((column) => [column.key, parsed.record[read.positions.get(column.key) as number] ?? '']));
    rows.push({ line, values: values as Record<ColumnKey, string> });
  }
  return { rows, problems: countProblems };
}
