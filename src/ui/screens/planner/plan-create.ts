/**
 * Turns the planner's current choice into a stored plan: the top-K leads split into a seeded holdout (by the
 * planner worker, core/planner/rank.ts), the treated group's expectations, and the smallest detectable uplift.
 */
import type { CutOff } from '../../../core/planner/profit';
import type { TopSplit } from '../../../core/planner/rank';
import { minDetectableUplift } from '../../../core/planner/stats';
import type { Plan, PlanAssumptions, PlanSource } from '../../../core/planner/types';
import { savePlan } from '../../../storage/planner/plans-repo';

export async function createPlan(source: PlanSource, a: PlanAssumptions, seed: number, cutoff: CutOff, split: TopSplit): Promise<Plan> {
  const { treated, control, treatedExpected } = split;
  const now = new Date();
  const plan: Plan = {
    id: `plan-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${seed.toString(36).toUpperCase()}`,
    createdAt: now.getTime(), source, assumptions: { ...a }, seed, cutoff,
    treatedExpected,
    treated, control, minDetectableUplift: minDetectableUplift(treated.length, control.length, a.baselineRate),
  };
  await savePlan(plan);
  return plan;
}
