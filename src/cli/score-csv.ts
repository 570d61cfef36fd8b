/**
 * The CLI's file-level pipeline (no process/filesystem access, so tests call it directly): file bytes →
 * the app's own reader (core/csv: refusal of empty/non-CSV files, encoding, delimiter, `sep=`, the
 * tokenizer and row accounting) → header mapping → the app's row validation → shared core scoring →
 * output CSV text, errors CSV text, summary. Row numbers are data rows, as in the app.
 */
import { describeTiers } from '../core/tiers/describe';
import type { ModelCard } from '../core/card/types';
import { matchColumns } from '../core/columns';
import type { LeadValues, ScoredLead, Segment } from '../core/lead';
import { scoreRows, type ModelRunner } from '../core/score';
import type { Encoding } from '../core/csv/types';
import { sniffBytes } from '../core/csv/sniff';
import { readAll, nonDataLines, type ReadCounts } from '../core/csv/records';
import { lineOf, validateCells, type CellError } from '../core/csv/row-validate';
import { refusalError } from '../core/csv/messages';
import { toCsv } from './csv';
import { OUTPUT_COLUMNS, outputCells } from '../core/export/lead-columns';
import { formatForLocale, formatLine, type CsvFormat, type ExportLocale } from '../core/export/csv-format';
import { effectiveTierRule } from '../core/tiers/rule';
import { threshold } from '../core/decide';
import { DuplicateIds, validId, type DuplicatePolicy, type DuplicateReport } from '../core/csv/duplicate-ids';
import { formatDuplicates } from './duplicates';

export { OUTPUT_COLUMNS } from '../core/export/lead-columns';

export interface Summary {
  rowsIn: number;
  scored: number;
  invalid: number;
  /** Rows where at least one default was used, and how often each field was defaulted. */
  rowsWithDefaults: number;
  defaultsByField: Record<string, number>;
  unknownCategories: number;
  meanScore: number;
  bySegment: Record<Segment, number>;
  unmappedColumns: string[];
  missingOptional: string[];
  delimiter: string;
  encoding: Encoding;
  /** Other encodings that read plausibly when the guess was weak (empty when sure or given). */
  encodingAlternatives: Encoding[];
  /** What the reader saw: physical lines, blank / repeated-header / sep= lines. */
  reader: ReadCounts;
  /** Rows repeating a Customer ID (row numbers), and how many the policy skipped. */
  duplicates: DuplicateReport;
}

export interface CsvScoreResult {
  outputCsv: string;
  errorsCsv: string;
  errors: CellError[];
  scored: ScoredLead[];
  summary: Summary;
}

export class MissingColumnsError extends Error {}

export interface CsvScoreOptions {
  delimiter?: string;
  /** Default: detected from the numbers in the file. */
  decimalComma?: boolean;
  /** Default: detected (BOM, UTF-16, UTF-8, else the most plausible code page). */
  encoding?: Encoding;
  /** Rows repeating a Customer ID: score all (default, reported), or only the first / last of each ID. */
  duplicates?: DuplicatePolicy;
  /**
   * Write the output for Excel in this language (';' and decimal commas for ru/pl, cluster names in it).
   * Default: machine format: the input's separator, decimal points, English cluster names.
   */
  locale?: ExportLocale;
}

/** Scores the CSV in `bytes`; throws `[file_*]` for empty/header-only/non-CSV files (nothing is written). */
export async function scoreCsvBytes(bytes: Uint8Array, card: ModelCard, runner: ModelRunner, opts: CsvScoreOptions = {}): Promise<CsvScoreResult> {
  const sniff = sniffBytes(bytes, true, { encoding: opts.encoding, delimiter: opts.delimiter as never });
  if (sniff.refusal) throw refusalError(sniff.refusal);
  const text = new TextDecoder(sniff.encoding).decode(bytes);
  const csv = readAll(text, sniff.delimiter);
  const headers = csv.header;
  const match = matchColumns(headers, card);
  if (match.missingRequired.length > 0) {
    throw new MissingColumnsError(`Missing required column(s): ${match.missingRequired.join(', ')} (found: ${headers.join(', ')})`);
  }
  const decimalComma = opts.decimalComma ?? sniff.decimalComma;
  const mapping: Record<string, number> = {};
  for (const f of card.fields) mapping[f.name] = match.mapping[f.name] ?? -1;
  const ctx = { card, mapping, decimalComma, delimiter: csv.delimiter, headerLine: csv.counts.sepLine + 1 };

  const policy = opts.duplicates ?? 'all';
  let last: Map<string, number> | undefined;
  if (policy === 'last') {
    last = new Map();
    for (const rec of csv.rows) {
      const id = validId(ctx, rec.cells, rec.row, rec.line, rec.issue);
      if (id) last.set(id, rec.row);
    }
  }
  const duplicates = new DuplicateIds(policy, last);
  const valid: { index: number; values: LeadValues }[] = [];
  const errors: CellError[] = [];
  const defaultsByField: Record<string, number> = {};
  let rowsWithDefaults = 0;
  let unknownCategories = 0;
  csv.rows.forEach((rec, i) => {
    const checked = validateCells(ctx, rec.cells, rec.row, rec.line, rec.issue);
    if (!checked.ok) {
      errors.push(...checked.errors);
      return;
    }
    const r = checked.result;
    const dup = duplicates.check(String(r.values[card.idField] ?? ''), rec.row, card.idField, lineOf(ctx, rec.row, rec.line));
    if (dup) {
      errors.push(dup);
      return;
    }
    valid.push({ index: i, values: r.values });
    // Columns absent from the file are defaulted on every row; count only blanks the user left.
    const blanks = r.defaultsUsed.filter((f) => match.mapping[f] !== undefined);
    if (blanks.length > 0) rowsWithDefaults++;
    for (const f of blanks) defaultsByField[f] = (defaultsByField[f] ?? 0) + 1;
    unknownCategories += r.warnings.length;
  });

  const scored = await scoreRows(card, runner, valid.map((v) => v.values));

  const outNames = OUTPUT_COLUMNS.map((n) => (headers.includes(n) ? `leadlens_${n}` : n));
  const fmt: CsvFormat = opts.locale ? formatForLocale(opts.locale) : { delimiter: csv.delimiter as CsvFormat['delimiter'], decimalComma: false };
  const outCtx = { card, tierRule: effectiveTierRule(card), threshold: threshold(card), modelId: card.modelId };
  // In a locale's format, mapped number fields are written as the numbers read, so they take its decimal mark.
  const numeric = opts.locale ? card.fields.filter((f) => (f.type === 'number' || f.type === 'integer') && mapping[f.name] >= 0) : [];
  const width = headers.length;
  let outputCsv = formatLine([...headers, ...outNames], fmt);
  valid.forEach((v, k) => {
    const s = scored[k];
    const cells: (string | number)[] = Array.from({ length: width }, (_, j) => csv.rows[v.index].cells[j] ?? '');
    for (const f of numeric) if (typeof v.values[f.name] === 'number') cells[mapping[f.name]] = v.values[f.name] as number;
    const clusterName = opts.locale ? card.clusters.names[s.cluster]?.[opts.locale] ?? s.clusterName : s.clusterName;
    outputCsv += formatLine([...cells, ...outputCells({ ...s, clusterName }, outCtx)], fmt);
  });
  const errorsCsv = toCsv(
    ['row', 'line', 'column', 'value', 'reason', 'message'],
    errors.map((e) => [e.row, e.line ?? '', e.column, e.value, e.code, e.message]),
  );

  const bySegment: Record<Segment, number> = { High: 0, Medium: 0, Low: 0 };
  let sum = 0;
  for (const s of scored) {
    bySegment[s.segment]++;
    sum += s.score;
  }
  return {
    outputCsv,
    errorsCsv,
    errors,
    scored,
    summary: {
      rowsIn: csv.rows.length,
      scored: scored.length,
      invalid: csv.rows.length - valid.length,
      rowsWithDefaults,
      defaultsByField,
      unknownCategories,
      meanScore: scored.length > 0 ? sum / scored.length : NaN,
      bySegment,
      unmappedColumns: match.unmapped,
      missingOptional: match.missingOptional,
      delimiter: csv.delimiter,
      encoding: sniff.encoding,
      encodingAlternatives: opts.encoding ? [] : sniff.guess.candidates.filter((e) => e !== sniff.encoding),
      reader: csv.counts,
      duplicates: duplicates.report(),
    },
  };
}

/** Text already decoded (tests, callers holding a string): read exactly like a UTF-8 file. */
export function scoreCsvText(text: string, card: ModelCard, runner: ModelRunner, opts: CsvScoreOptions = {}): Promise<CsvScoreResult> {
  return scoreCsvBytes(new TextEncoder().encode(text), card, runner, { ...opts, encoding: 'utf-8' });
}

export function formatSummary(s: Summary, modelId: string, card?: Pick<ModelCard, 'tiers' | 'segments'>): string {
  const lines = [
    `model: ${modelId}`,
    `rows in: ${s.rowsIn}, scored: ${s.scored}, invalid: ${s.invalid}`,
    `lines in file: ${s.reader.lines} (1 header, ${s.rowsIn} data rows, ${nonDataLines(s.reader)} non-data: ${s.reader.blank} blank, ${s.reader.repeatedHeader} repeated header, ${s.reader.sepLine} sep=)`,
    `encoding: ${s.encoding}${s.encodingAlternatives.length ? ` (uncertain: also plausible ${s.encodingAlternatives.join(', ')}; use --encoding to choose)` : ''}, delimiter: ${JSON.stringify(s.delimiter)}`,
    `rows with defaults used: ${s.rowsWithDefaults}` +
      (Object.keys(s.defaultsByField).length ? ` (${Object.entries(s.defaultsByField).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''),
    `mean score: ${Number.isNaN(s.meanScore) ? '-' : s.meanScore.toFixed(4)}`,
    ...(card ? describeTiers(card, s.bySegment) : [`by segment: High ${s.bySegment.High}, Medium ${s.bySegment.Medium}, Low ${s.bySegment.Low}`]),
  ];
  if (s.missingOptional.length) lines.push(`columns not in file (defaults used): ${s.missingOptional.join(', ')}`);
  if (s.unmappedColumns.length) lines.push(`passed through unchanged: ${s.unmappedColumns.join(', ')}`);
  if (s.duplicates.ids > 0) lines.push(formatDuplicates(s.duplicates));
  if (s.unknownCategories) lines.push(`unknown category values (scored as "unknown"): ${s.unknownCategories}`);
  return lines.join('\n');
}
