// data-changes: table names are read from Dexie's mutation keys; writes to watched tables call back once per burst.
import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { onDataChange, tablesIn } from './data-changes';

describe('data changes', () => {
  it('parses table names', () => {
    expect([...tablesIn({ 'idb://leadlens/clients/': 1, 'idb://leadlens/clients/:dels': 1, 'idb://leadlens/settings/key': 1 })].sort()).toEqual(['clients', 'settings']);
  });
  it('calls back for watched tables only, coalesced', async () => {
    const d = openDb(`changes-${Date.now()}`);
    await d.open(); // creating the database announces every table once
    await new Promise((r) => setTimeout(r, 30));
    let n = 0;
    const off = onDataChange(['settings'], () => { n++; }, 20);
    await d.leads.add({ createdAt: 1 });
    await new Promise((r) => setTimeout(r, 60));
    expect(n).toBe(0);
    await d.settings.put({ key: 'a', value: 1 });
    await d.settings.put({ key: 'b', value: 2 });
    await new Promise((r) => setTimeout(r, 60));
    expect(n).toBe(1);
    off();
  });
});
