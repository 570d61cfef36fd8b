/** Sorting of the run history table by any of its columns (pure, unit-tested). */
import type { RunRecord } from '../../../bridge/batch-contract';

export type RunSortKey = 'name' | 'startedAt' | 'rows' | 'scored' | 'invalid' | 'meanScore' | 'predictedShare' | 'threshold' | 'status' | 'durationMs';
export const RUN_SORT_KEYS: RunSortKey[] = ['name', 'startedAt', 'rows', 'scored', 'invalid', 'meanScore', 'predictedShare', 'threshold', 'status', 'durationMs'];

function value(r: RunRecord, key: RunSortKey): number | string {
  switch (key) {
    case 'name': return r.name.toLocaleLowerCase();
    case 'status': return r.status;
    case 'rows': case 'scored': case 'invalid': return r.counts[key];
    case 'durationMs': return r.durationMs ?? -1;
    default: return r[key];
  }
}

export function sortRuns(runs: readonly RunRecord[], key: RunSortKey, dir: 'asc' | 'desc'): RunRecord[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...runs].sort((a, b) => {
    const va = value(a, key);
    const vb = value(b, key);
    const c = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb) : (va as number) - (vb as number);
    return c * sign || b.startedAt - a.startedAt;
  });
}
