/**
 * Closing the loop: a campaign's outcomes file (Customer ID, converted 0/1) read against a plan's treated and
 * control lists. Bad rows are reported by data row, column and value; rows of customers outside the plan are
 * counted, not guessed at. Gives the measured uplift (core/planner/stats) and the model's calibration on the
 * real outcomes of the treated leads.
 */
import { gridBin, GRID_BINS } from '../charts/chart-agg';
import { calibrationFromBins, type CalibrationGroup } from '../charts/curves';
import { measuredUplift, type Uplift } from './stats';

export interface OutcomeError { row: number; column: string; value: string }

export interface OutcomeRow { customerId: string; converted: 0 | 1 }

const YES = new Set(['1', 'true', 'yes', 'y', 'да', 'tak']);
const NO = new Set(['0', 'false', 'no', 'n', 'нет', 'nie']);

/** Rows after the header (`rows[0]` is data row 1). Columns found by name: an ID column and a converted column. */
export function parseOutcomes(header: readonly string[], rows: readonly string[][]): { rows: OutcomeRow[]; errors: OutcomeError[]; missing?: string } {
  const norm = header.map((h) => h.trim().toLowerCase().replace(/[^a-zа-яąćęłńóśźż0-9]/g, ''));
  const idCol = norm.findIndex((h) => ['customerid', 'id', 'clientid', 'customer'].includes(h));
  const yCol = norm.findIndex((h) => ['converted', 'conversion', 'outcome', 'label'].includes(h));
  if (idCol < 0) return { rows: [], errors: [], missing: 'CustomerID' };
  if (yCol < 0) return { rows: [], errors: [], missing: 'converted' };
  const out: OutcomeRow[] = [];
  const errors: OutcomeError[] = [];
  rows.forEach((r, i) => {
    const id = (r[idCol] ?? '').trim();
    const v = (r[yCol] ?? '').trim().toLowerCase();
    if (!id) errors.push({ row: i + 1, column: header[idCol], value: r[idCol] ?? '' });
    else if (YES.has(v)) out.push({ customerId: id, converted: 1 });
    else if (NO.has(v)) out.push({ customerId: id, converted: 0 });
    else errors.push({ row: i + 1, column: header[yCol], value: r[yCol] ?? '' });
  });
  return { rows: out, errors };
}

export interface OutcomeSummary {
  treated: { n: number; converted: number };
  control: { n: number; converted: number };
  /** Outcome rows whose customer is in neither list. */
  unmatched: number;
  uplift: Uplift;
  /** Treated leads with outcomes: mean score vs observed rate in ~10 groups. */
  calibration: CalibrationGroup[];
}

/** `group(id)` says which list a customer is in and, for treated leads, their score. */
export function summariseOutcomes(rows: readonly OutcomeRow[], group: (id: string) => { arm: 'treated' | 'control'; score: number } | undefined): OutcomeSummary {
  const t = { n: 0, converted: 0 };
  const c = { n: 0, converted: 0 };
  let unmatched = 0;
  const labelled = new Array<number>(GRID_BINS).fill(0);
  const positives = new Array<number>(GRID_BINS).fill(0);
  const sumScoreLabelled = new Array<number>(GRID_BINS).fill(0);
  for (const r of rows) {
    const g = group(r.customerId);
    if (!g) { unmatched++; continue; }
    const arm = g.arm === 'treated' ? t : c;
    arm.n++;
    arm.converted += r.converted;
    if (g.arm === 'treated') {
      const b = gridBin(g.score);
      labelled[b]++;
      positives[b] += r.converted;
      sumScoreLabelled[b] += g.score;
    }
  }
  return {
    treated: t, control: c, unmatched,
    uplift: measuredUplift(t.converted, t.n, c.converted, c.n),
    calibration: calibrationFromBins({ labelled, positives, sumScoreLabelled }, 10),
  };
}
