/**
 * What the dashboard reads: completed runs with their write-time aggregates (never their leads, so opening
 * the dashboard costs the same for 2,000 or 1,000,000 leads), and a watch that fires when the set of
 * completed runs changes (a run finishes here or in another tab, or a run is deleted). Runs stored before
 * the chart aggregates existed come back with `charts` undefined; the dashboard shows what they hold.
 */
import { liveQuery } from 'dexie';
import type { RunRecord } from '../../bridge/batch-contract';
import type { ChartAggregates } from '../../core/charts/chart-agg';
import { db } from '../db';
import type { StoredRun } from '../runs/store';

export interface DashboardRun extends RunRecord {
  charts?: ChartAggregates;
  clusterNames: StoredRun['clusterNames'];
  fieldNames: string[];
}

export async function completedRuns(): Promise<DashboardRun[]> {
  const rows = (await db().runs.where('status').equals('completed').toArray()) as unknown as StoredRun[];
  return rows
    .map((r) => ({ ...r, charts: r.agg?.charts, clusterNames: r.clusterNames ?? [], fieldNames: r.fieldNames ?? [] }))
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** Calls `fn` whenever the completed runs change (not on every chunk a running import commits). */
export function watchCompletedRuns(fn: () => void): () => void {
  let last: string | undefined;
  const sub = liveQuery(() => db().runs.where('status').equals('completed').primaryKeys()).subscribe({
    next: (keys) => {
      const sig = (keys as string[]).join('|');
      if (last !== undefined && sig !== last) fn();
      last = sig;
    },
    error: () => { /* the dashboard still works without live updates */ },
  });
  return () => sub.unsubscribe();
}
