// The retrain-on-open schedule and the "not worse" activation rule of the customer models (issue #12).
import { describe, expect, it } from 'vitest';
import { baseLogLoss, normaliseSchedule, retrainDecision, scheduledRetrain, taskVerdict, type ScheduleInput } from './retrain-rule';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2);
const base: ScheduleInput = { schedule: { enabled: true, days: 7 }, activeTrainedAt: NOW - 10 * DAY, activeDataBeforeDay: 20_000, lastOrderDay: 20_005, now: NOW };

describe('scheduledRetrain', () => {
  it('retrains when on, older than N days and newer orders exist', () => {
    expect(scheduledRetrain(base)).toEqual({ retrain: true, reason: 'due' });
  });
  it('is off by default and when switched off', () => {
    expect(normaliseSchedule(undefined)).toEqual({ enabled: false, days: 30 });
    expect(scheduledRetrain({ ...base, schedule: normaliseSchedule(undefined) }).reason).toBe('off');
  });
  it('waits while the model is N days old or younger', () => {
    expect(scheduledRetrain({ ...base, activeTrainedAt: NOW - 7 * DAY }).reason).toBe('recent');
    expect(scheduledRetrain({ ...base, activeTrainedAt: NOW - 7 * DAY - 1 }).reason).toBe('due');
  });
  it('needs orders on or after the day the model\'s data ended', () => {
    expect(scheduledRetrain({ ...base, lastOrderDay: 19_999 }).reason).toBe('no_new_data');
    expect(scheduledRetrain({ ...base, lastOrderDay: 20_000 }).reason).toBe('due');
    expect(scheduledRetrain({ ...base, lastOrderDay: undefined }).reason).toBe('no_new_data');
  });
  it('never trains a first model on its own', () => {
    expect(scheduledRetrain({ ...base, activeTrainedAt: undefined }).reason).toBe('no_model');
  });
  it('repairs stored settings', () => {
    expect(normaliseSchedule({ enabled: true, days: 0 })).toEqual({ enabled: true, days: 30 });
    expect(normaliseSchedule({ enabled: 'yes', days: 14 })).toEqual({ enabled: false, days: 14 });
  });
});

describe('retrain decision', () => {
  it('sales: R² may drop by at most 0.02', () => {
    expect(taskVerdict('sales', { r2: 0.2 }, { r2: 0.25 })).toBe('better_or_equal');
    expect(taskVerdict('sales', { r2: 0.2 }, { r2: 0.185 })).toBe('within_margin');
    expect(taskVerdict('sales', { r2: 0.2 }, { r2: 0.17 })).toBe('worse');
  });
  it('purchase: log-loss skill against the base rate, and ROC AUC', () => {
    // Same skill in a month with more buyers: a higher log loss is not "worse".
    const old = { logLoss: 0.9 * baseLogLoss(0.03), baseRate: 0.03, rocAuc: 0.78 };
    const busier = { logLoss: 0.9 * baseLogLoss(0.05), baseRate: 0.05, rocAuc: 0.78 };
    expect(busier.logLoss).toBeGreaterThan(old.logLoss);
    expect(taskVerdict('purchase', old, busier)).toBe('better_or_equal');
    expect(taskVerdict('purchase', old, { ...old, rocAuc: 0.765 })).toBe('worse');
    expect(taskVerdict('purchase', old, { ...old, logLoss: 0.93 * baseLogLoss(0.03) })).toBe('worse');
    expect(taskVerdict('purchase', old, { ...old, logLoss: 0.91 * baseLogLoss(0.03) })).toBe('within_margin');
    expect(taskVerdict('purchase', { logLoss: 0.15 }, { logLoss: 0.16 })).toBe('worse');
  });
  it('activates only when neither task is worse; a first model is always taken', () => {
    expect(retrainDecision({}, { sales: { r2: 0.1 }, purchase: { logLoss: 0.2 } })).toEqual({ sales: 'no_previous', purchase: 'no_previous', activate: true });
    expect(retrainDecision({ sales: { r2: 0.3 }, purchase: { logLoss: 0.15 } }, { sales: { r2: 0.1 }, purchase: { logLoss: 0.14 } }).activate).toBe(false);
    expect(retrainDecision({ sales: { r2: 0.3 } }, { sales: {} }).sales).toBe('no_backtest');
    expect(retrainDecision({ sales: { r2: 0.3 } }, { sales: {} }).activate).toBe(false);
  });
});
