/**
 * A campaign plan as LeadLens keeps it: where its leads came from, every assumption (editable, stated in
 * words on screen and in exports), the seeded split into treated and control, what it expected, and — once
 * imported — the measured outcome. Lead positions, not Customer IDs, are kept (IDs stay in the run's
 * protected storage and are resolved only when a list is exported or outcomes are matched).
 */
import type { CutOff } from './profit';
import type { OutcomeSummary } from './outcomes';

export type PlanSource = { kind: 'run'; runId: string; runName: string } | { kind: 'leads' };

export interface PlanAssumptions {
  costPerContact: number;
  valuePerConversion: number;
  /** Total budget for contacts; undefined = no limit. */
  budget?: number;
  /** Share of the chosen leads held out as control, 0..0.9. */
  holdoutShare: number;
  /** Conversion rate expected without the campaign (control), for the test design. */
  baselineRate: number;
  /** Relative uplift the campaign is expected to bring, for the test design (0.1 = +10%). */
  expectedUplift: number;
  currency: string;
}

export interface Plan {
  id: string;
  createdAt: number;
  source: PlanSource;
  assumptions: PlanAssumptions;
  seed: number;
  /** The recommended cut-off over all candidate leads (before the holdout). */
  cutoff: CutOff;
  /** Expected figures for the treated (contacted) leads after the holdout. */
  treatedExpected: CutOff;
  /** Lead positions (run index or stored lead id), sorted. */
  treated: Uint32Array;
  control: Uint32Array;
  /** Smallest relative uplift this split can detect (95% two-sided, 80% power). */
  minDetectableUplift: number;
  outcomes?: { importedAt: number; fileName: string; invalidRows: number; summary: OutcomeSummary };
}
