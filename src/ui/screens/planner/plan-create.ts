/** Turns the planner's current choice into a stored plan: the top-K leads, a seeded holdout, expectations. */
import { splitHoldout } from '../../../core/planner/holdout';
import { expectedFor, type CutOff } from '../../../core/planner/profit';
import { minDetectableUplift } from '../../../core/planner/stats';
import type { Plan, PlanAssumptions, PlanSource } from '../../../core/planner/types';
import { savePlan } from '../../../storage/planner/plans-repo';

export async function createPlan(source: PlanSource, a: PlanAssumptions, seed: number, cutoff: CutOff, desc: Float32Array, keys: Uint32Array): Promise<Plan> {
  const k = cutoff.contacted;
  const scoreOf = new Map<number, number>();
  for (let i = 0; i < k; i++) scoreOf.set(keys[i], desc[i]);
  const { treated, control } = splitHoldout(keys.slice(0, k), a.holdoutShare, seed);
  const treatedScores = Float32Array.from(treated, (key) => scoreOf.get(key) ?? 0);
  const now = new Date();
  const plan: Plan = {
    id: `plan-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${seed.toString(36).toUpperCase()}`,
    createdAt: now.getTime(), source, assumptions: { ...a }, seed, cutoff,
    treatedExpected: expectedFor(treatedScores, { cost: a.costPerContact, value: a.valuePerConversion }),
    treated, control, minDetectableUplift: minDetectableUplift(treated.length, control.length, a.baselineRate),
  };
  await savePlan(plan);
  return plan;
}
