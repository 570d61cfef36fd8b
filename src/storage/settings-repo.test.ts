// settings-repo against fake-indexeddb: generic values, the active scenario and change notifications.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from './db';
import { getActiveScenario, getSetting, onSettingChange, resolveScenario, setActiveScenario, setSetting } from './settings-repo';

let n = 0;
beforeEach(() => { openDb(`settings-test-${++n}-${Date.now()}`); });

describe('settings-repo', () => {
  it('stores and returns values with a fallback', async () => {
    expect(await getSetting('x', 7)).toBe(7);
    await setSetting('x', { a: 1 });
    expect(await getSetting('x', null)).toEqual({ a: 1 });
  });

  it('persists the active threshold scenario and notifies', async () => {
    const seen: string[] = [];
    const off = onSettingChange((k) => seen.push(k));
    expect(await getActiveScenario()).toBeUndefined();
    await setActiveScenario('high_recall');
    expect(await getActiveScenario()).toBe('high_recall');
    await setActiveScenario(undefined);
    expect(await getActiveScenario()).toBeUndefined();
    off();
    expect(seen).toEqual(['scoring.activeScenario', 'scoring.activeScenario']);
    await expect(setActiveScenario('bogus' as never)).rejects.toThrow(/Unknown/);
  });

  it('ignores a stored scenario the card does not offer', () => {
    const avail = [{ id: 'best_f1' as const }, { id: 'high_recall' as const }];
    expect(resolveScenario('high_recall', avail, 'best_f1')).toBe('high_recall');
    expect(resolveScenario('high_precision', avail, 'best_f1')).toBe('best_f1');
    expect(resolveScenario(undefined, avail, 'best_f1')).toBe('best_f1');
  });
});
