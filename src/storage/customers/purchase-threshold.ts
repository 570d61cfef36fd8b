/**
 * The customers' purchase-probability threshold (issue #10): a client whose P(buy within 14 days) is at or
 * above it is flagged "will buy" on the client list, the client card and the customer dashboard, and the next
 * forecast run decides with it. One saved setting (default 70%, the Polish project's), kept on a 0.1% grid so
 * a bookmarked list filter (`pmin` in whole tenths of a percent) matches it exactly.
 */
import { DEFAULT_THRESHOLD } from '../../core/forecast/backtest';
import { getSetting, removeSetting, setSetting } from '../settings-repo';

const KEY = 'customers.purchaseThreshold';
/** The lowest and highest thresholds offered (0% and 100% would flag everyone or nobody). */
export const THRESHOLD_MIN = 0.001;
export const THRESHOLD_MAX = 0.999;

/** The threshold on the 0.1% grid; rounding down keeps every client the exact value flags. */
export function onThresholdGrid(v: number): number {
  return Math.min(THRESHOLD_MAX, Math.max(THRESHOLD_MIN, Math.floor(Math.round(v * 1e6) / 1e3) / 1e3));
}

export function isValidThreshold(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= THRESHOLD_MIN && v <= THRESHOLD_MAX;
}

/** The saved threshold, or the default when unset or unreadable. */
export async function getPurchaseThreshold(): Promise<number> {
  const v = await getSetting<unknown>(KEY, undefined);
  return isValidThreshold(v) ? v : DEFAULT_THRESHOLD;
}

/** Saves the threshold (on the 0.1% grid); `undefined` returns to the default. */
export async function setPurchaseThreshold(v: number | undefined): Promise<void> {
  if (v === undefined) return removeSetting(KEY);
  if (!isValidThreshold(v)) throw new Error(`Purchase threshold must be between ${THRESHOLD_MIN} and ${THRESHOLD_MAX}, got ${String(v)}`);
  return setSetting(KEY, onThresholdGrid(v));
}

export const PURCHASE_THRESHOLD_KEY = KEY;
