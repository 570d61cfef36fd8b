/**
 * The scored single leads (the list's filtered, sorted view) as a CSV file, with the same lead output columns
 * as a run export (core/export/lead-columns) so both files read alike (issue #13): the Customer ID, the form's
 * inputs, when it was scored, then score, decision, tier with its validation figures, cluster, threshold and
 * model. Leads may come from different models: each lead's tier figures and cluster name come from its own
 * model's card. Numbers follow the format (decimal commas in a ';' file); UTF-8 with BOM, formula-safe.
 */
import type { ModelCard } from '../core/card/types';
import type { Segment } from '../core/lead';
import { BOM } from '../core/csv/export';
import { formatForDelimiter, formatLine, type ExportDelimiter, type ExportLocale } from '../core/export/csv-format';
import { OUTPUT_COLUMNS, outputCells } from '../core/export/lead-columns';
import { logAudit } from './audit-repo';
import type { LeadRecord } from './leads-repo';

export interface LeadsExportOptions {
  delimiter: ExportDelimiter;
  /** Language of cluster names (and of `tierLabel`): one language per file. */
  locale?: ExportLocale;
  /** The card of the model that scored a lead (tier figures, cluster names, field order); undefined: blank cells. */
  cardOf: (modelId: string) => ModelCard | undefined;
  tierLabel?: (s: Segment) => string;
  /** A second header row of human column names; absent: no such row. */
  columnLabel?: (column: string) => string;
}

/** Input columns: the first card's field order, then any other stored field, without the Customer ID. */
export function inputColumns(leads: readonly LeadRecord[], cardOf: LeadsExportOptions['cardOf']): string[] {
  const present = new Set(leads.flatMap((l) => Object.keys(l.inputs)));
  const card = leads.map((l) => cardOf(l.modelId)).find((c) => c !== undefined);
  const ordered = (card?.fields ?? []).filter((f) => f.type !== 'id' && present.has(f.name)).map((f) => f.name);
  return [...ordered, ...[...present].filter((k) => !ordered.includes(k)).sort()];
}

export async function exportLeadsCsv(leads: readonly LeadRecord[], opts: LeadsExportOptions): Promise<Blob> {
  const fmt = formatForDelimiter(opts.delimiter);
  const locale = opts.locale ?? 'en';
  const inputs = inputColumns(leads, opts.cardOf);
  const head = ['CustomerID', ...inputs, 'saved_at', ...OUTPUT_COLUMNS];
  const parts: string[] = [BOM + formatLine(head, fmt)];
  if (opts.columnLabel) parts.push(formatLine(head.map(opts.columnLabel), fmt));
  for (const l of leads) {
    const card = opts.cardOf(l.modelId);
    // The tier's validation figures only when the rule the lead was tiered by is known.
    const ctx = { card: l.tierRule ? card : undefined, tierRule: l.tierRule ?? 'decile', threshold: l.threshold, modelId: l.modelId, tierLabel: opts.tierLabel } as const;
    const clusterName = card?.clusters.names[l.cluster]?.[locale] ?? '';
    const cells = [l.customerId, ...inputs.map((f) => l.inputs[f] ?? ''), new Date(l.createdAt).toISOString(), ...outputCells({ ...l, clusterName }, ctx)];
    parts.push(formatLine(cells, fmt));
  }
  await logAudit('export', { what: 'leads', rows: leads.length });
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
