/**
 * "Why" on the client card (issue #10): for the regression models, each feature's contribution to this
 * client's prediction — coefficient × standardised value, on the model's linear scale (log-odds for the
 * purchase model), signed and ranked by size like the lead explanation; for BG/NBD, the numbers behind the
 * prediction in one sentence ("5 purchases, the last 120 days ago: P(still active) 0.41"); for the naive
 * model, last month's spend; for a blend, each component's explanation with its weight. Reads only stored
 * model cards and this client's own features at the forecast's as-of day. Pure.
 */
import type { ForecastModelCard, BgNbdCardParams, BlendCardParams } from '../forecast/card';
import type { LinearModel } from '../forecast/linear';
import type { LogisticModel } from '../forecast/logistic';
import { contributionsOf, type Contribution } from '../forecast/scaler';
import { bgnbdPAlive } from '../forecast/bgnbd';
import type { FeatureName } from './features';

/** One client's features at the as-of day (absent = not computed for this data; regressions then use 0). */
export type FeatureRow = Partial<Record<FeatureName, number>>;

export type WhyPart =
  | { kind: 'regression'; modelId: string; task: 'sales' | 'purchase'; weight: number; intercept: number; contributions: Contribution[] }
  | { kind: 'bgnbd'; modelId: string; task: 'sales' | 'purchase'; weight: number; purchases: number; daysSinceLast?: number; pAlive: number }
  | { kind: 'naive'; modelId: string; task: 'sales' | 'purchase'; weight: number; spend30d: number };

/** Ranked: largest |contribution| first; ties by feature name so the order is stable. */
export function rankContributions(cs: Contribution[]): Contribution[] {
  return cs.slice().sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature));
}

function explainOne(card: ForecastModelCard, row: FeatureRow, weight: number): WhyPart | undefined {
  const base = { modelId: card.id, task: card.task, weight };
  if (card.kind === 'linear' || card.kind === 'logistic') {
    const m = card.params as LinearModel | LogisticModel;
    const names = m.names ?? card.features.map((f) => f.name);
    const values = names.map((nm) => row[nm as FeatureName] ?? 0);
    return { kind: 'regression', ...base, intercept: m.intercept, contributions: rankContributions(contributionsOf({ ...m, names }, m.coef, values)) };
  }
  if (card.kind === 'bgnbd' || card.kind === 'bgnbd-gg') {
    const p = card.params as BgNbdCardParams;
    const x = row.frequency ?? 0;
    const purchases = row.any_purchase === 0 ? 0 : x + 1;
    const scale = 7 / p.timeUnitDays; // features are in weeks
    const pAlive = purchases === 0 ? 1 : bgnbdPAlive(p.bgnbd, x, (row.recency_weeks ?? 0) * scale, (row.age_weeks ?? 0) * scale);
    return { kind: 'bgnbd', ...base, purchases, ...(purchases > 0 && row.days_since_last !== undefined ? { daysSinceLast: row.days_since_last } : {}), pAlive };
  }
  if (card.kind === 'naive') return { kind: 'naive', ...base, spend30d: row.spend_30d ?? 0 };
  return undefined;
}

/** The explanation of a chosen model (a blend is explained by its components, each with its weight). */
export function explainForecast(card: ForecastModelCard, cards: ReadonlyMap<string, ForecastModelCard>, row: FeatureRow): WhyPart[] {
  if (card.kind !== 'blend') {
    const one = explainOne(card, row, 1);
    return one ? [one] : [];
  }
  const b = card.params as BlendCardParams;
  return b.components.flatMap((id, i) => {
    const c = cards.get(id);
    const one = c ? explainOne(c, row, b.weights[i]) : undefined;
    return one ? [one] : [];
  });
}
