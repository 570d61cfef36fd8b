/**
 * A run (or a filtered, sorted view of it) as a CSV file: the lead's inputs, its label when the file had
 * one, and the shared lead output columns (core/export/lead-columns: tier with its validation figures,
 * threshold, model id). UTF-8 with BOM, formula-safe; numbers in the format's decimal mark (decimal commas in
 * a ';' file, issue #13); an optional second row of human column names for readers of the file.
 */
import type { RunQuery } from '../../bridge/batch-contract';
import type { ModelCard } from '../../core/card/types';
import type { Segment } from '../../core/lead';
import { BOM } from '../../core/csv/export';
import { formatForDelimiter, formatLine, type ExportDelimiter, type ExportLocale } from '../../core/export/csv-format';
import { OUTPUT_COLUMNS, outputCells } from '../../core/export/lead-columns';
import { logAudit } from '../audit-repo';
import { db } from '../db';
import { openView } from './run-view';
import type { StoredRun } from './store';

export interface RunExportOptions {
  query?: RunQuery;
  delimiter: ExportDelimiter;
  /** Language of cluster names (and of `tierLabel`): one language per file. */
  locale?: ExportLocale;
  /** The run's model card: gives each tier's validation conversion rate and share. */
  card?: Pick<ModelCard, 'tiers'>;
  /** Tier words in the file's language (default: High / Medium / Low). */
  tierLabel?: (s: Segment) => string;
  /** A second header row of human column names (column name → words); absent: no such row. */
  columnLabel?: (column: string) => string;
}

const yieldToUi = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function exportRunCsv(id: string, opts: RunExportOptions): Promise<Blob> {
  const run = (await db().runs.get(id)) as unknown as StoredRun | undefined;
  if (!run) throw new Error(`Run ${id} not found`);
  const fmt = formatForDelimiter(opts.delimiter);
  const locale = opts.locale ?? 'en';
  const inputs = run.fieldNames.filter((f) => f !== run.idField);
  const head = [run.idField, ...inputs, ...(run.hasLabels ? ['Conversion'] : []), ...OUTPUT_COLUMNS];
  const parts: string[] = [BOM + formatLine(head, fmt)];
  if (opts.columnLabel) parts.push(formatLine(head.map(opts.columnLabel), fmt));
  const ctx = { card: opts.card, tierRule: run.tierRule ?? 'decile', threshold: run.threshold, modelId: run.modelId, tierLabel: opts.tierLabel } as const;
  const view = await openView(db(), run);
  await view.query(opts.query ?? { sortBy: 'index' });
  const PAGE = 5000;
  for (let off = 0; off < view.matching; off += PAGE) {
    let s = '';
    for (const r of await view.rows(off, PAGE)) {
      const clusterName = run.clusterNames[r.cluster]?.[locale] ?? '';
      s += formatLine([r.customerId, ...inputs.map((f) => r.inputs[f] ?? ''), ...(run.hasLabels ? [r.label ?? ''] : []), ...outputCells({ ...r, clusterName }, ctx)], fmt);
    }
    parts.push(s);
    await yieldToUi();
  }
  view.close();
  await logAudit('export', { what: 'run', id, rows: view.matching, filtered: Boolean(opts.query) });
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
