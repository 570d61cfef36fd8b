// leads-repo against fake-indexeddb: save/recent/count/segment counts and generated Customer IDs.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from './db';
import { countLeads, countLeadsBySegment, customerKeyOf, generateCustomerId, getLead, leadsByCustomer, recentLeads, saveLead, type NewLead } from './leads-repo';

let n = 0;
beforeEach(() => { openDb(`leads-test-${++n}-${Date.now()}`); });

const base: NewLead = {
  modelId: 'xgb-test', inputs: { Age: 40, Gender: 'Female' }, score: 0.8, decile: 2, segment: 'High', cluster: 1, predicted: 1,
};

describe('leads-repo', () => {
  it('saves with an explicit record shape and reads it back', async () => {
    const saved = await saveLead({ ...base, customerId: '  C-42 ', createdAt: 1000 });
    expect(saved.id).toBeTypeOf('number');
    expect(saved.customerId).toBe('C-42');
    expect(saved.customerKey).toBe('c-42');
    const back = await getLead(saved.id!);
    expect(back).toEqual(saved);
    expect(Object.keys(back!).sort()).toEqual(['cluster', 'createdAt', 'customerId', 'customerKey', 'decile', 'id', 'inputs', 'modelId', 'predicted', 'score', 'segment'].sort());
  });

  it('generates a Customer ID when blank', async () => {
    const saved = await saveLead({ ...base, customerId: '  ' });
    expect(saved.customerId).toMatch(/^L-\d{8}-[2-9A-Z]{6}$/);
    expect(generateCustomerId(new Date('2026-01-22T10:00:00Z'), () => 0)).toBe('L-20260122-222222');
  });

  it('lists recent leads newest first, limited', async () => {
    for (let i = 0; i < 12; i++) await saveLead({ ...base, customerId: `C${i}`, createdAt: 1000 + i });
    const recent = await recentLeads(10);
    expect(recent).toHaveLength(10);
    expect(recent[0].customerId).toBe('C11');
    expect(recent[9].customerId).toBe('C2');
  });

  it('counts leads and segments, finds by customer', async () => {
    expect(await countLeads()).toBe(0);
    expect(await countLeadsBySegment()).toEqual({ High: 0, Medium: 0, Low: 0 });
    await saveLead({ ...base, customerId: 'A', segment: 'High' });
    await saveLead({ ...base, customerId: 'a', segment: 'Low', createdAt: Date.now() + 5 });
    await saveLead({ ...base, customerId: 'B', segment: 'Low' });
    expect(await countLeads()).toBe(3);
    expect(await countLeadsBySegment()).toEqual({ High: 1, Medium: 0, Low: 2 });
    const a = await leadsByCustomer(' A ');
    expect(a.map((l) => l.segment)).toEqual(['Low', 'High']);
    expect(customerKeyOf(' Ab ')).toBe('ab');
  });
});
