/**
 * When to retrain the customer models (next-month sales, 14-day purchase) and whether a retrained model may
 * replace the active one. Pure functions, so the rule the Models panel states is the rule that runs, and unit
 * tests pin it. Retraining on open is opt-in (off by default): it runs only when the active models are older
 * than N days AND orders newer than their data exist. A retrained model replaces the active one only when it is
 * not worse by RETRAIN_RULE; otherwise the old one stays active and the user is told (never a silent swap).
 */

/** The "retrain when the app opens" setting; off by default. */
export interface RetrainSchedule { enabled: boolean; days: number }
export const DEFAULT_SCHEDULE: RetrainSchedule = { enabled: false, days: 30 };
export const SCHEDULE_DAYS_MIN = 1;
export const SCHEDULE_DAYS_MAX = 365;

/** A schedule read from storage, repaired: a bad or missing value gives the default (off). */
export function normaliseSchedule(v: unknown): RetrainSchedule {
  if (typeof v !== 'object' || v === null) return { ...DEFAULT_SCHEDULE };
  const o = v as Record<string, unknown>;
  const days = typeof o.days === 'number' && Number.isInteger(o.days) && o.days >= SCHEDULE_DAYS_MIN && o.days <= SCHEDULE_DAYS_MAX ? o.days : DEFAULT_SCHEDULE.days;
  return { enabled: o.enabled === true, days };
}

export interface ScheduleInput {
  schedule: RetrainSchedule;
  /** When the active customer models were trained (ms since epoch; the older of the two); undefined = none yet. */
  activeTrainedAt?: number;
  /** The active models used data strictly before this epoch day (their forecast's as-of day). */
  activeDataBeforeDay?: number;
  /** The newest order day in the store; undefined = no orders. */
  lastOrderDay?: number;
  /** The clock, ms since epoch. */
  now: number;
}

export type ScheduleReason = 'off' | 'no_model' | 'recent' | 'no_new_data' | 'due';
const DAY_MS = 86_400_000;

/** Whether opening the app should retrain now, and why (or why not). */
export function scheduledRetrain(x: ScheduleInput): { retrain: boolean; reason: ScheduleReason } {
  const no = (reason: ScheduleReason) => ({ retrain: false, reason });
  if (!x.schedule.enabled) return no('off');
  if (x.activeTrainedAt === undefined || x.activeDataBeforeDay === undefined) return no('no_model');
  if (x.now - x.activeTrainedAt <= x.schedule.days * DAY_MS) return no('recent');
  if (x.lastOrderDay === undefined || x.lastOrderDay < x.activeDataBeforeDay) return no('no_new_data');
  return { retrain: true, reason: 'due' };
}

/** Backtest figures of one model as stored in its card's metrics (R², MSE, MAE; ROC AUC, log loss, base rate …). */
export type Figures = Record<string, number>;

/**
 * The stated rule. Each model's figures come from its own backtest month (the latest complete month before it
 * was trained), so months differ and a small margin is allowed:
 *  - sales: new R² ≥ old R² − 0.02;
 *  - purchase: new ROC AUC ≥ old ROC AUC − 0.01 and new log-loss skill ≥ old skill − 0.02, where skill =
 *    1 − log loss / log loss of always predicting the month's base rate (so a month with more buyers is no
 *    "worse"); without a base rate, new log loss ≤ old log loss.
 */
export const RETRAIN_RULE = { r2Margin: 0.02, aucMargin: 0.01, skillMargin: 0.02 } as const;

/** Log loss of always predicting the base rate π (the "know nothing" reference). */
export function baseLogLoss(pi: number): number {
  if (!(pi > 0 && pi < 1)) return NaN;
  return -(pi * Math.log(pi) + (1 - pi) * Math.log(1 - pi));
}

export function logLossSkill(f: Figures): number {
  return 1 - f.logLoss / baseLogLoss(f.baseRate);
}

export type TaskVerdict = 'better_or_equal' | 'within_margin' | 'worse' | 'no_previous' | 'no_backtest';
const fin = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether a retrained model of `task` is not worse than the active one by RETRAIN_RULE. */
export function taskVerdict(task: 'sales' | 'purchase', oldF: Figures | undefined, newF: Figures | undefined): TaskVerdict {
  const key = task === 'sales' ? 'r2' : 'logLoss';
  if (!oldF || !fin(oldF[key])) return 'no_previous';
  if (!newF || !fin(newF[key])) return 'no_backtest';
  if (task === 'sales') {
    if (newF.r2 >= oldF.r2) return 'better_or_equal';
    return newF.r2 >= oldF.r2 - RETRAIN_RULE.r2Margin ? 'within_margin' : 'worse';
  }
  const aucOk = !fin(oldF.rocAuc) || (fin(newF.rocAuc) && newF.rocAuc >= oldF.rocAuc - RETRAIN_RULE.aucMargin);
  const so = logLossSkill(oldF);
  const sn = logLossSkill(newF);
  const comparable = fin(so) && fin(sn);
  const better = comparable ? sn >= so : newF.logLoss <= oldF.logLoss;
  const llOk = comparable ? sn >= so - RETRAIN_RULE.skillMargin : better;
  if (!aucOk || !llOk) return 'worse';
  return better && (!fin(oldF.rocAuc) || newF.rocAuc >= oldF.rocAuc) ? 'better_or_equal' : 'within_margin';
}

export interface RetrainDecision {
  sales: TaskVerdict;
  purchase: TaskVerdict;
  /** The new models replace the active ones only when neither task's new model is worse (they forecast together). */
  activate: boolean;
}

/** The decision for a retrain: both tasks judged, activation only if neither is worse or unbacktested. */
export function retrainDecision(old: { sales?: Figures; purchase?: Figures }, next: { sales?: Figures; purchase?: Figures }): RetrainDecision {
  const sales = taskVerdict('sales', old.sales, next.sales);
  const purchase = taskVerdict('purchase', old.purchase, next.purchase);
  const bad = (v: TaskVerdict) => v === 'worse' || v === 'no_backtest';
  return { sales, purchase, activate: !bad(sales) && !bad(purchase) };
}
