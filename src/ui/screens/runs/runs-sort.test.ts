// The run history sorts by every column in both directions, newest first on ties.
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../bridge/batch-contract';
import { RUN_SORT_KEYS, sortRuns } from './runs-sort';

function run(id: string, name: string, startedAt: number, rows: number, mean: number, status: RunRecord['status'], durationMs?: number): RunRecord {
  return {
    id, name, fileName: `${name}.csv`, fileSize: 1, fileSha256: '', mapping: {}, headers: [], encoding: 'utf-8', delimiter: ',',
    decimalComma: false, modelId: 'm', cardVersion: '1', thresholdId: 'best_f1', threshold: 0.5, startedAt, durationMs, status,
    committedChunks: 0, committedRows: 0, counts: { rows, scored: rows - 1, invalid: 1, defaultsUsed: 0 }, meanScore: mean,
    predictedShare: 0, bySegment: { High: 0, Medium: 0, Low: 0 }, byDecile: [], byCluster: [], histogram: [], hasLabels: false,
  };
}

const runs = [run('a', 'beta', 3, 10, 0.2, 'completed', 500), run('b', 'Alpha', 1, 30, 0.9, 'failed'), run('c', 'gamma', 2, 20, 0.5, 'cancelled', 100)];

describe('sortRuns', () => {
  it('sorts by name case-insensitively and by numbers', () => {
    expect(sortRuns(runs, 'name', 'asc').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRuns(runs, 'rows', 'desc').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRuns(runs, 'meanScore', 'asc').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRuns(runs, 'startedAt', 'desc').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRuns(runs, 'durationMs', 'asc').map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
  it('handles every column without throwing and keeps the input untouched', () => {
    for (const k of RUN_SORT_KEYS) for (const d of ['asc', 'desc'] as const) expect(sortRuns(runs, k, d)).toHaveLength(3);
    expect(runs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
