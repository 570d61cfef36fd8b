/** Collapsing repeated unlocks and filtering the audit log. */
import { describe, expect, it } from 'vitest';
import { collapseUnlocks, filterAudit, type AuditLike } from './audit-view';

const e = (at: number, type: string, userId?: string): AuditLike => ({ at, type, userId });

describe('collapseUnlocks', () => {
  it('folds consecutive unlocks of one person into one line with the count and the first time', () => {
    const log = [e(9, 'signin.success', 'a'), e(8, 'signin.success', 'a'), e(7, 'signin.success', 'a'), e(6, 'export', 'a'),
      e(5, 'signin.success', 'a'), e(4, 'signin.success', 'b'), e(3, 'refused', 'b'), e(2, 'refused', 'b')];
    const lines = collapseUnlocks(log);
    expect(lines.map((l) => [l.entry.type, l.entry.userId, l.count, l.entry.at, l.firstAt])).toEqual([
      ['signin.success', 'a', 3, 9, 7], ['export', 'a', 1, 6, 6], ['signin.success', 'a', 1, 5, 5],
      ['signin.success', 'b', 1, 4, 4], ['refused', 'b', 1, 3, 3], ['refused', 'b', 1, 2, 2],
    ]);
    expect(lines.reduce((n, l) => n + l.count, 0)).toBe(log.length);
  });
});

describe('filterAudit', () => {
  const log = [e(30, 'export', 'a'), e(20, 'refused', 'b'), e(10, 'export', 'b')];
  it('filters by type, person and a date range (end exclusive)', () => {
    expect(filterAudit(log, { type: 'export' }).map((x) => x.at)).toEqual([30, 10]);
    expect(filterAudit(log, { userId: 'b' }).map((x) => x.at)).toEqual([20, 10]);
    expect(filterAudit(log, { from: 10, to: 30 }).map((x) => x.at)).toEqual([20, 10]);
    expect(filterAudit(log, { type: 'export', userId: 'b', from: 0 }).map((x) => x.at)).toEqual([10]);
    expect(filterAudit(log, {})).toHaveLength(3);
  });
});
