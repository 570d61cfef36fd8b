/**
 * Campaign plans (issue #11), kept as records in the existing generic `settings` table under the key prefix
 * `planner.plan.` — no new Dexie table and no schema version bump (other features own the next versions).
 * Also the plan's data access: candidate leads with scores from a completed run or from the leads scored
 * one by one, and resolving chosen positions back to Customer IDs (unsealed with the session when IDs are
 * personal) for list exports and outcome matching.
 */
import type { Plan, PlanSource } from '../../core/planner/types';
import { planListCsv } from '../../core/planner/export';
import { SEGMENTS, splitIds } from '../../core/csv/columnar';
import { db } from '../db';
import { logAudit } from '../audit-repo';
import { requireSession } from '../session';
import { getSetting, removeSetting, setSetting } from '../settings-repo';
import type { StoredChunk } from '../runs/store';
import { runOutputs, runScores } from './run-scores';
import { openIds } from '../runs/id-keys';
import { recentLeads, countLeads } from '../leads-repo';

const PREFIX = 'planner.plan.';

export async function listPlans(): Promise<Plan[]> {
  const rows = await db().settings.where('key').startsWith(PREFIX).toArray();
  return rows.map((r) => r.value as Plan).filter((p) => p && typeof p.id === 'string').sort((a, b) => b.createdAt - a.createdAt);
}

export async function getPlan(id: string): Promise<Plan | undefined> {
  return getSetting<Plan | undefined>(PREFIX + id, undefined);
}

export async function savePlan(plan: Plan): Promise<void> {
  requireSession();
  await setSetting(PREFIX + plan.id, plan);
}

/** Target or control list of a plan as CSV (the export is audited like every other export). */
export async function exportPlanList(plan: Plan, group: 'treated' | 'control'): Promise<Blob> {
  const leads = await resolveLeads(plan.source, group === 'treated' ? plan.treated : plan.control);
  await logAudit('export', { what: `plan-${group}`, id: plan.id, rows: leads.length });
  return new Blob([planListCsv(plan, group, leads)], { type: 'text/csv;charset=utf-8' });
}

/** Customer (lower-cased, trimmed) → arm and score, for matching an outcomes file. */
export async function planArms(plan: Plan): Promise<Map<string, { arm: 'treated' | 'control'; score: number }>> {
  const map = new Map<string, { arm: 'treated' | 'control'; score: number }>();
  for (const arm of ['treated', 'control'] as const) {
    for (const l of await resolveLeads(plan.source, plan[arm])) map.set(l.customerId.trim().toLowerCase(), { arm, score: l.score });
  }
  return map;
}

export async function deletePlan(id: string): Promise<void> {
  requireSession();
  await removeSetting(PREFIX + id);
}

export interface Candidates {
  /** Score per position. */
  score: Float32Array;
  /** Position keys (run index, or stored lead id). */
  keys: Uint32Array;
}

export async function loadCandidates(source: PlanSource): Promise<Candidates> {
  if (source.kind === 'leads') {
    const leads = await recentLeads(await countLeads());
    return { score: Float32Array.from(leads.map((l) => l.score)), keys: Uint32Array.from(leads.map((l) => l.id ?? 0)) };
  }
  const score = await runScores(source.runId);
  return { score, keys: Uint32Array.from({ length: score.length }, (_, i) => i) };
}

export interface ResolvedLead { key: number; customerId: string; score: number; decile: number; segment: string }

/** Customer ID, score, decile and segment of the given positions (sorted ascending), chunk by chunk. */
export async function resolveLeads(source: PlanSource, positions: Uint32Array): Promise<ResolvedLead[]> {
  if (source.kind === 'leads') {
    const want = new Set(positions);
    const all = await recentLeads(await countLeads());
    return all.filter((l) => want.has(l.id ?? -1)).map((l) => ({ key: l.id ?? 0, customerId: l.customerId, score: l.score, decile: l.decile, segment: l.segment }));
  }
  const { run, outs } = await runOutputs(source.runId);
  const out: ResolvedLead[] = [];
  let p = 0;
  for (let k = 0; k < outs.length && p < positions.length; k++) {
    const o = outs[k];
    const end = o.firstIndex + o.n;
    if (positions[p] >= end) continue;
    const rec = (await db().runChunks.get([run.id, k])) as unknown as StoredChunk;
    const joined = run.idsSealed ? await openIds(requireSession().keys, rec.data.ids) : rec.data.ids;
    const ids = splitIds(joined, rec.n);
    for (; p < positions.length && positions[p] < end; p++) {
      const i = positions[p] - o.firstIndex;
      out.push({ key: positions[p], customerId: ids[i], score: o.out.score[i], decile: o.out.decile[i], segment: SEGMENTS[o.out.segment[i]] ?? 'Low' });
    }
  }
  return out;
}
