/**
 * Turns a labelled lead file into a training set through the same steps as every import (sniff, header
 * matching with synonyms, row validation with row/column/value messages) and the ONE feature pipeline
 * (core/features.ts with the built-in card's feature definitions), then splits it for validation:
 * a `split` column (train/valid) if the file has one, time-ordered when it has a date column, else stratified.
 */
import type { ModelCard } from '../card/types';
import { matchColumns, normalizeHeader } from '../columns';
import { parseLabel } from '../csv/chunk-build';
import { NO_LABEL } from '../csv/columnar';
import { detectDecimalComma, detectDelimiter } from '../csv/sniff';
import { CsvTokenizer } from '../csv/tokenizer';
import { featureRow } from '../features';
import type { RawLead } from '../lead';
import { validateRow, type RowError } from '../validate';
import { rng } from './evaluate';

export const MIN_PER_CLASS = 40;
export const VALID_SHARE = 0.25;

export type SplitKind = 'file' | 'time' | 'stratified';

export interface TrainingSet {
  /** Features per row, row-major n × F (card.features order). */
  x: Float64Array;
  features: number;
  y: Uint8Array;
  /** 1 = validation row. */
  valid: Uint8Array;
  split: SplitKind;
  /** Name of the date column used for a time-ordered split. */
  dateColumn?: string;
  rows: number;
  positives: number;
  negatives: number;
  /** Invalid rows (kept out, reported by row, column and value); the first 200. */
  errors: RowError[];
  invalidRows: number;
  /** Rows without a readable label (blank or not yes/no). */
  unlabelled: number;
}

export class TrainingDataError extends Error {
  constructor(readonly code: 'no_label_column' | 'missing_columns' | 'too_few' | 'empty', message: string, readonly detail: Record<string, string | number> = {}) {
    super(`[${code}] ${message}`);
    this.name = 'TrainingDataError';
  }
}

const DATE_HEADER = /(date|time|created|дата|data)/i;
/** A calendar date (2024-05-01, 01.05.2024, 5/1/2024, optionally with a time): Date.parse alone also takes "7.4". */
const DATE_VALUE = /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/** Parses the whole CSV text into rows of cells (header first). */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  const p = new CsvTokenizer(detectDelimiter(body.slice(0, 65536)), (cells) => {
    // Blank lines are not rows (as in the batch importer).
    if (cells.length > 1 || cells[0] !== '') rows.push(cells);
  });
  p.push(body);
  p.end();
  return rows;
}

function dateColumn(headers: string[], rows: string[][]): number {
  for (let c = 0; c < headers.length; c++) {
    if (!DATE_HEADER.test(headers[c])) continue;
    const sample = rows.slice(0, 200);
    // Only real dates: a numeric column named like TimeOnSite must not order the split.
    if (sample.length && sample.every((r) => DATE_VALUE.test(r[c] ?? '') && !Number.isNaN(Date.parse(r[c] ?? '')))) return c;
  }
  return -1;
}

/** Stratified: per class, a seeded shuffle puts round(share · count) rows into validation. */
export function stratifiedSplit(y: Uint8Array, share = VALID_SHARE, seed = 42): Uint8Array {
  const valid = new Uint8Array(y.length);
  const r = rng(seed);
  for (const cls of [0, 1]) {
    const idx: number[] = [];
    y.forEach((v, i) => { if (v === cls) idx.push(i); });
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const k = Math.round(idx.length * share);
    for (let i = 0; i < k; i++) valid[idx[i]] = 1;
  }
  return valid;
}

export function buildTrainingSet(card: ModelCard, table: string[][]): TrainingSet {
  const [headerRow, ...data] = table;
  if (!headerRow || data.length === 0) throw new TrainingDataError('empty', 'The file has no data rows');
  const headers = headerRow.map((h) => h.trim());
  const m = matchColumns(headers, card);
  const labelCol = m.mapping[card.target];
  if (labelCol === undefined) throw new TrainingDataError('no_label_column', `No ${card.target} column: training needs known outcomes`, { column: card.target });
  if (m.missingRequired.length) throw new TrainingDataError('missing_columns', `Missing required columns: ${m.missingRequired.join(', ')}`, { columns: m.missingRequired.join(', ') });
  const splitCol = headers.findIndex((h) => normalizeHeader(h) === 'split');
  const dateCol = splitCol >= 0 ? -1 : dateColumn(headers, data);
  const decimalComma = detectDecimalComma(data.slice(0, 50), detectDelimiter(headers.join(',')));
  const F = card.features.length;
  const xs: number[] = [];
  const ys: number[] = [];
  const fileSplit: number[] = [];
  const dates: number[] = [];
  const errors: RowError[] = [];
  let invalidRows = 0;
  let unlabelled = 0;
  data.forEach((cells, i) => {
    const label = parseLabel(cells[labelCol]);
    if (label === NO_LABEL) { unlabelled++; return; }
    const raw: RawLead = {};
    for (const [field, col] of Object.entries(m.mapping)) raw[field] = cells[col];
    const v = validateRow(card, raw, i + 1, { decimalComma });
    if (!v.ok) {
      invalidRows++;
      if (errors.length < 200) errors.push(...v.errors);
      return;
    }
    for (const f of featureRow(card, v.values)) xs.push(f);
    ys.push(label);
    if (splitCol >= 0) fileSplit.push((cells[splitCol] ?? '').trim().toLowerCase() === 'valid' ? 1 : 0);
    if (dateCol >= 0) dates.push(Date.parse(cells[dateCol]));
  });
  const y = Uint8Array.from(ys);
  const positives = ys.reduce((s, v) => s + v, 0);
  const negatives = y.length - positives;
  if (positives < MIN_PER_CLASS || negatives < MIN_PER_CLASS) {
    throw new TrainingDataError('too_few', `Training needs at least ${MIN_PER_CLASS} converted and ${MIN_PER_CLASS} not converted leads; the file has ${positives} and ${negatives}`, { positives, negatives, min: MIN_PER_CLASS });
  }
  let valid: Uint8Array;
  let split: SplitKind;
  if (splitCol >= 0) { valid = Uint8Array.from(fileSplit); split = 'file'; }
  else if (dateCol >= 0) {
    const order = dates.map((d, i) => [d, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    valid = new Uint8Array(y.length);
    const cut = Math.round(y.length * (1 - VALID_SHARE));
    order.forEach(([, i], k) => { if (k >= cut) valid[i] = 1; });
    split = 'time';
  } else { valid = stratifiedSplit(y); split = 'stratified'; }
  return {
    x: Float64Array.from(xs), features: F, y, valid, split, dateColumn: dateCol >= 0 ? headers[dateCol] : undefined,
    rows: y.length, positives, negatives, errors, invalidRows, unlabelled,
  };
}

/** Column views (train or validation part) for column-oriented fitters. */
export function columns(set: TrainingSet, part: 0 | 1): { cols: Float64Array[]; y: Uint8Array; idx: number[] } {
  const idx: number[] = [];
  set.valid.forEach((v, i) => { if (v === part) idx.push(i); });
  const F = set.features;
  const n = idx.length;
  const cols = Array.from({ length: F }, () => new Float64Array(n));
  const y = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const base = idx[k] * F;
    for (let j = 0; j < F; j++) cols[j][k] = set.x[base + j];
    y[k] = set.y[idx[k]];
  }
  return { cols, y, idx };
}
