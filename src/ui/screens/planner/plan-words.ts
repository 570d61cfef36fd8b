/** The planner's assumptions and results as sentences in the active language (shown on screen, editable via the form). */
import type { PlanAssumptions } from '../../../core/planner/types';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';

export const money = (v: number, currency: string): string => (Number.isFinite(v) ? fmtNumber(v, { style: 'currency', currency, maximumFractionDigits: 2 }) : '—');

export function assumptionsInWords(a: PlanAssumptions): string[] {
  const c = a.currency;
  return [
    t('planner.words.score'),
    t('planner.words.economics', { cost: money(a.costPerContact, c), value: money(a.valuePerConversion, c), breakEven: fmtPercent(a.valuePerConversion > 0 ? a.costPerContact / a.valuePerConversion : NaN) }),
    a.budget !== undefined ? t('planner.words.budget', { budget: money(a.budget, c) }) : t('planner.words.noBudget'),
    t('planner.words.holdout', { share: fmtPercent(a.holdoutShare, 0) }),
    t('planner.words.test', { baseline: fmtPercent(a.baselineRate), uplift: fmtPercent(a.expectedUplift, 0) }),
  ];
}
