// The busy flag that keeps app updates from reloading under a running batch.
import { describe, expect, it } from 'vitest';
import { isBusy, markBusy, onBusyChange, whenIdle } from './busy';

describe('busy store', () => {
  it('is busy while any job is marked and idle once all are done', async () => {
    const seen: boolean[] = [];
    const off = onBusyChange((b) => seen.push(b));
    expect(isBusy()).toBe(false);
    const a = markBusy('batch');
    const b = markBusy('batch');
    expect(isBusy()).toBe(true);
    a();
    a(); // idempotent
    expect(isBusy()).toBe(true);
    let idle = false;
    const waiting = whenIdle().then(() => { idle = true; });
    await Promise.resolve();
    expect(idle).toBe(false);
    b();
    await waiting;
    expect(idle).toBe(true);
    expect(isBusy()).toBe(false);
    expect(seen).toEqual([true, false]);
    off();
  });

  it('resolves whenIdle immediately when nothing runs', async () => {
    await expect(whenIdle()).resolves.toBeUndefined();
  });
});
