// The scored single leads' CSV and delete (issue #13): the shared output columns with each lead's own model card,
// decimal commas in a ';' file, a readable label row; delete is admin-only, refused and audited for an analyst.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from './db';
import { setupAdmin, addUser } from './users-repo';
import { signIn, signOut } from './auth';
import { PermissionError, currentSession, setSession } from './session';
import { listAudit } from './audit-repo';
import { allLeads, deleteLead, saveLead, type LeadRecord, type NewLead } from './leads-repo';
import { exportLeadsCsv, inputColumns } from './leads-export';
import type { ModelCard } from '../core/card/types';
import { OUTPUT_COLUMNS } from '../core/export/lead-columns';

const T = { testIterations: 1000, testMinIterations: 1000 };
const PW = 'Violet-Harbour-Lamp-7';
const ANA_PW = 'Copper-Meadow-Tiger-42';
let n = 0;
beforeEach(() => { openDb(`leads-export-test-${n++}`); setSession(undefined); });
const settle = () => new Promise((r) => setTimeout(r, 20));

const card = {
  idField: 'CustomerID',
  fields: [{ name: 'CustomerID', type: 'id', required: false }, { name: 'Income', type: 'number', required: true }, { name: 'Age', type: 'integer', required: true }],
  clusters: { names: [{ en: 'Browsers', ru: 'Зрители', pl: 'Przeglądający' }] },
  tiers: { validation: { probability: { High: { conversionRate: 0.961, share: 0.5 }, Medium: { conversionRate: 0.8, share: 0.3 }, Low: { conversionRate: 0.2, share: 0.2 } } } },
} as unknown as ModelCard;
const lead = (over: Partial<LeadRecord>): LeadRecord => ({
  id: 1, customerKey: 'k', customerId: 'C-1', createdAt: Date.UTC(2026, 0, 2), modelId: 'm1', inputs: { Age: 41, Income: 87321.5 },
  score: 0.9512, decile: 1, segment: 'High', cluster: 0, predicted: 1, threshold: 0.5, tierRule: 'probability', ...over,
});

describe('scored leads export', () => {
  it('writes the card field order, the scoring time and the shared output columns', async () => {
    expect(inputColumns([lead({ inputs: { Zeta: 1, Age: 2, Income: 3 } })], () => card)).toEqual(['Income', 'Age', 'Zeta']);
    const blob = await exportLeadsCsv([lead({}), lead({ modelId: 'gone', customerId: 'C-2', tierRule: undefined, threshold: undefined })],
      { delimiter: ';', locale: 'ru', cardOf: (id) => (id === 'm1' ? card : undefined), columnLabel: (c) => `«${c}»` });
    const lines = (await blob.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(['CustomerID', 'Income', 'Age', 'saved_at', ...OUTPUT_COLUMNS].join(';'));
    expect(lines[1]).toContain('«Income»');
    expect(lines[2]).toBe('C-1;87321,5;41;2026-01-02T00:00:00.000Z;0,9512;1;1;High;0;Зрители;95,1;0,961;0,5;0,5;m1');
    // a deleted model's lead: no card, so no tier figures or cluster name, and no invented threshold
    expect(lines[3]).toBe('C-2;87321,5;41;2026-01-02T00:00:00.000Z;0,9512;1;1;High;0;;95,1;;;;gone');
  });
});

describe('deleting a scored lead', () => {
  it('is refused and audited for an analyst, done and audited for an admin', async () => {
    const admin = await setupAdmin('a@example.com', PW, PW, T);
    const ana = await addUser(admin, { email: 'b@example.com', role: 'analyst', password: ANA_PW }, PW, T);
    const base: NewLead = { modelId: 'm1', inputs: { Age: 40 }, score: 0.8, decile: 2, segment: 'High', cluster: 0, predicted: 1, threshold: 0.5, tierRule: 'probability', defaultsUsed: ['Age'] };
    const a = await saveLead({ ...base, customerId: 'KEEP-1' });
    const b = await saveLead({ ...base, customerId: 'GONE-2' });
    expect((await allLeads()).map((l) => [l.customerId, l.threshold, l.tierRule, l.defaultsUsed])).toEqual([['GONE-2', 0.5, 'probability', ['Age']], ['KEEP-1', 0.5, 'probability', ['Age']]]);
    await signOut();
    const s = await signIn('b@example.com', ANA_PW, T);
    await expect(deleteLead(s, b.id!)).rejects.toBeInstanceOf(PermissionError);
    await settle();
    await signOut();
    await signIn('a@example.com', PW, T);
    await deleteLead(currentSession(), b.id!);
    expect((await allLeads()).map((l) => l.customerId)).toEqual(['KEEP-1']);
    expect(a.id).toBeTypeOf('number');
    const audit = await listAudit(currentSession());
    expect(audit.some((x) => x.type === 'refused' && x.userId === ana.id && x.detail?.action === 'leads.delete')).toBe(true);
    expect(audit.some((x) => x.type === 'delete' && x.detail?.what === 'lead' && x.detail?.id === b.id)).toBe(true);
  });
});
