/**
 * The target and control lists of a plan as CSV files: UTF-8 with BOM, formula-safe cells (core/csv/export),
 * and '#' header-comment lines carrying the plan ID, seed and every assumption, so a list found later in a
 * mailbox still says how it was made. Both files have the same columns; `group` says treated or control.
 */
import { BOM, csvLine } from '../csv/export';
import type { Plan } from './types';

export interface ListLead { customerId: string; score: number; decile: number; segment: string }

export function planHeader(plan: Plan, group: 'treated' | 'control'): string {
  const a = plan.assumptions;
  const pairs: [string, string | number][] = [
    ['plan_id', plan.id], ['list', group === 'treated' ? 'target (contact)' : 'control (do not contact)'], ['seed', plan.seed],
    ['created', new Date(plan.createdAt).toISOString()],
    ['source', plan.source.kind === 'run' ? `run ${plan.source.runId} (${plan.source.runName})` : 'leads scored one by one'],
    ['cost_per_contact', a.costPerContact], ['value_per_conversion', a.valuePerConversion], ['currency', a.currency],
    ['budget', a.budget ?? 'none'], ['holdout_share', a.holdoutShare], ['baseline_rate', a.baselineRate], ['expected_relative_uplift', a.expectedUplift],
    ['cut_off_leads', plan.cutoff.contacted], ['cut_off_min_score', plan.cutoff.minScore],
    ['treated', plan.treated.length], ['control', plan.control.length],
  ];
  return pairs.map(([k, v]) => `# ${k}: ${String(v).replace(/[\r\n]+/g, ' ')}\r\n`).join('');
}

export function planListCsv(plan: Plan, group: 'treated' | 'control', leads: readonly ListLead[]): string {
  const d = ',';
  let s = BOM + planHeader(plan, group) + csvLine(['CustomerID', 'score', 'decile', 'priority_segment', 'group'], d);
  for (const l of leads) s += csvLine([l.customerId, l.score, l.decile, l.segment, group], d);
  return s;
}
