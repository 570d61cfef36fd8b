/**
 * The CLI's file-level pipeline (no process/filesystem access, so tests call it directly): CSV text
 * → header mapping → validation → shared core scoring → output CSV text, errors CSV text, summary.
 */
import type { ModelCard } from '../core/card/types';
import { matchColumns } from '../core/columns';
import type { LeadValues, RawLead, ScoredLead, Segment } from '../core/lead';
import { scoreRows, type ModelRunner } from '../core/score';
import { validateRow, type RowError } from '../core/validate';
import { parseCsv, toCsv } from './csv';

export const OUTPUT_COLUMNS = ['score', 'predicted_conversion', 'decile', 'priority_segment', 'cluster', 'cluster_name'] as const;

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
}

export interface CsvScoreResult {
  outputCsv: string;
  errorsCsv: string;
  errors: RowError[];
  scored: ScoredLead[];
  summary: Summary;
}

export class MissingColumnsError extends Error {}

export interface CsvScoreOptions {
  delimiter?: string;
  /** Default: on when the file is semicolon-separated. */
  decimalComma?: boolean;
}

/** Data row number of row i, as the app reports it: the first row after the header is row 1. */
const dataRow = (i: number): number => i + 1;

export async function scoreCsvText(text: string, card: ModelCard, runner: ModelRunner, opts: CsvScoreOptions = {}): Promise<CsvScoreResult> {
  const csv = parseCsv(text, opts.delimiter);
  const match = matchColumns(csv.headers, card);
  if (match.missingRequired.length > 0) {
    throw new MissingColumnsError(`Missing required column(s): ${match.missingRequired.join(', ')} (found: ${csv.headers.join(', ')})`);
  }
  const decimalComma = opts.decimalComma ?? csv.delimiter === ';';
  const fields = card.fields.map((f) => f.name).filter((n) => match.mapping[n] !== undefined);

  const valid: { index: number; values: LeadValues }[] = [];
  const errors: RowError[] = [];
  const defaultsByField: Record<string, number> = {};
  let rowsWithDefaults = 0;
  let unknownCategories = 0;
  csv.rows.forEach((cells, i) => {
    const raw: RawLead = {};
    for (const f of fields) raw[f] = cells[match.mapping[f]];
    const r = validateRow(card, raw, dataRow(i), { decimalComma });
    if (!r.ok) {
      errors.push(...r.errors);
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

  const outNames = OUTPUT_COLUMNS.map((n) => (csv.headers.includes(n) ? `leadlens_${n}` : n));
  const width = csv.headers.length;
  const outRows = valid.map((v, k) => {
    const s = scored[k];
    const cells: (string | number)[] = Array.from({ length: width }, (_, j) => csv.rows[v.index][j] ?? '');
    cells.push(s.score, s.predicted, s.decile, s.segment, s.cluster, s.clusterName);
    return cells;
  });
  const errorsCsv = toCsv(
    ['row', 'column', 'value', 'reason', 'message'],
    errors.map((e) => [e.row, e.column, e.value, e.reason.code, e.message]),
  );

  const bySegment: Record<Segment, number> = { High: 0, Medium: 0, Low: 0 };
  let sum = 0;
  for (const s of scored) {
    bySegment[s.segment]++;
    sum += s.score;
  }
  return {
    outputCsv: toCsv([...csv.headers, ...outNames], outRows, csv.delimiter),
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
    },
  };
}

export function formatSummary(s: Summary, modelId: string): string {
  const lines = [
    `model: ${modelId}`,
    `rows in: ${s.rowsIn}, scored: ${s.scored}, invalid: ${s.invalid}`,
    `rows with defaults used: ${s.rowsWithDefaults}` +
      (Object.keys(s.defaultsByField).length ? ` (${Object.entries(s.defaultsByField).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''),
    `mean score: ${Number.isNaN(s.meanScore) ? '-' : s.meanScore.toFixed(4)}`,
    `by segment: High ${s.bySegment.High}, Medium ${s.bySegment.Medium}, Low ${s.bySegment.Low}`,
  ];
  if (s.missingOptional.length) lines.push(`columns not in file (defaults used): ${s.missingOptional.join(', ')}`);
  if (s.unmappedColumns.length) lines.push(`passed through unchanged: ${s.unmappedColumns.join(', ')}`);
  if (s.unknownCategories) lines.push(`unknown category values (scored as "unknown"): ${s.unknownCategories}`);
  return lines.join('\n');
}
