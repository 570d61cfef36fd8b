/**
 * Reads the forecast CLI's input files into typed rows: delimited CSV through the app's shared reader
 * (core/csv/records.ts: rows with more or fewer cells than the header, or a stray quote, are reported), or the whitespace-aligned CDNOW layout (auto-detected, header optional). Columns are matched by
 * name (or guessed from content for headerless order files); a missing required column is fatal.
 */
import { hasHeaderRow, looksWhitespaceAligned, splitWhitespace } from '../core/csv/whitespace';
import { ACTIVITY_FIELDS, CLIENT_FIELDS, guessOrderColumns, matchCustomerColumns, ORDER_FIELDS, type ColumnMap } from '../core/customers/columns';
import { detectSlashOrder } from '../core/customers/days';
import { parseActivityRows, parseClientRows, parseOrderRows, type CustomerRowError, type ParseOptions, type Parsed } from '../core/customers/parse-rows';
import type { ActivitySnapshot, Client, OrderLine } from '../core/customers/types';
import { readAll } from '../core/csv/records';
import { detectDelimiter } from '../core/csv/sniff';
import { parseNumberedRows, type NumberedRow } from '../core/customers/numbered-rows';

export interface Table {
  headers: string[];
  rows: string[][];
  /** Every data row with its number and any structural issue the reader found. */
  numbered: NumberedRow[];
  /** 'whitespace' for the CDNOW layout, else the CSV delimiter. */
  layout: string;
}

/** Splits a file's text into header + rows (headerless whitespace files get "column N" headers). */
export function readTable(text: string): Table {
  if (looksWhitespaceAligned(text.slice(0, 8192))) {
    const all = splitWhitespace(text);
    if (all.length === 0) throw new Error('The file is empty');
    const numbered = (rows: string[][]): NumberedRow[] => rows.map((cells, i) => ({ cells, row: i + 1 }));
    if (hasHeaderRow(all[0], all[1])) return { headers: all[0], rows: all.slice(1), numbered: numbered(all.slice(1)), layout: 'whitespace' };
    return { headers: all[0].map((_, j) => `column ${j + 1}`), rows: all, numbered: numbered(all), layout: 'whitespace' };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const csv = readAll(body, detectDelimiter(body.slice(0, 65536)));
  if (csv.header.length === 0) throw new Error('The file is empty');
  return { headers: csv.header, rows: csv.rows.map((r) => r.cells), numbered: csv.rows, layout: csv.delimiter };
}

export interface ReadResult<T> extends Parsed<T> {
  table: Table;
  map: Record<string, number>;
  /** Set when slash dates were ambiguous (day/month order assumed). */
  assumedDayFirst: boolean;
}

function requireColumns(map: Record<string, number>, required: string[], headers: string[], what: string): void {
  const missing = required.filter((f) => map[f] === undefined);
  if (missing.length > 0) throw new Error(`${what}: missing required column(s): ${missing.join(', ')} (found: ${headers.join(', ')})`);
}

function read<T, F extends string>(
  text: string,
  what: string,
  fields: readonly F[],
  required: F[],
  parse: (rows: string[][], map: ColumnMap<F>, headers: string[], o: ParseOptions) => Parsed<T>,
  today: number,
): ReadResult<T> {
  const table = readTable(text);
  const headerless = table.headers[0] === 'column 1' && table.layout === 'whitespace';
  const map = (headerless && fields === (ORDER_FIELDS as readonly string[]) ? guessOrderColumns(table.rows) : matchCustomerColumns(table.headers, fields)) as ColumnMap<F>;
  requireColumns(map as Record<string, number>, required, table.headers, what);
  const dateCol = (map as Record<string, number | undefined>).date ?? (map as Record<string, number | undefined>).registered;
  const order = dateCol === undefined ? 'dmy' : detectSlashOrder(table.rows.slice(0, 5000).map((r) => r[dateCol] ?? ''));
  const o = { today, decimalComma: table.layout === ';', slashOrder: order === 'ambiguous' ? 'dmy' : order } as const;
  const parsed = parseNumberedRows(table.numbered, (rows, firstRow) => parse(rows, map, table.headers, { ...o, firstRow }));
  const ambiguous = order === 'ambiguous' && dateCol !== undefined && table.rows.some((r) => /^\s*\d{1,2}\/\d{1,2}\/\d{4}/.test(r[dateCol] ?? ''));
  return { ...parsed, table, map: map as Record<string, number>, assumedDayFirst: ambiguous };
}

export const readOrders = (text: string, today: number): ReadResult<OrderLine> => read(text, 'orders', ORDER_FIELDS, ['customerId', 'date', 'amount'], parseOrderRows, today);
export const readClients = (text: string, today: number): ReadResult<Client> => read(text, 'clients', CLIENT_FIELDS, ['customerId'], parseClientRows, today);
export const readActivity = (text: string, today: number): ReadResult<ActivitySnapshot> => read(text, 'activity', ACTIVITY_FIELDS, ['customerId', 'date'], parseActivityRows, today);

export type { CustomerRowError };
