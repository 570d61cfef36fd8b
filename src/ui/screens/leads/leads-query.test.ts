// Search and sort of the scored single leads: by Customer ID, model or tier words; every column both ways.
import { describe, expect, it } from 'vitest';
import type { LeadRecord } from '../../../storage/leads-repo';
import { LEAD_SORT_KEYS, queryLeads } from './leads-query';

const mk = (id: string, score: number, segment: LeadRecord['segment'], createdAt: number, modelId = 'conv-xgb-1'): LeadRecord => ({
  id: createdAt, customerKey: id.toLowerCase(), customerId: id, createdAt, modelId, inputs: {}, score, decile: Math.ceil((1 - score) * 10) || 1,
  segment, cluster: 0, predicted: score >= 0.5 ? 1 : 0,
});
const leads = [mk('Anna-1', 0.95, 'High', 3), mk('bob-2', 0.42, 'Low', 1, 'lr-browser-7'), mk('Cara-3', 0.71, 'Medium', 2)];
const words = { High: 'Высокий', Medium: 'Средний', Low: 'Низкий' } as const;
const q = (over: Partial<Parameters<typeof queryLeads>[1]>) => queryLeads(leads, { text: '', sortKey: 'createdAt', dir: 'desc', tierLabel: (s) => words[s], ...over }).map((l) => l.customerId);

describe('queryLeads', () => {
  it('searches Customer ID, model and tier words, case-insensitively', () => {
    expect(q({ text: ' ANNA ' })).toEqual(['Anna-1']);
    expect(q({ text: 'lr-browser' })).toEqual(['bob-2']);
    expect(q({ text: 'средний' })).toEqual(['Cara-3']);
    expect(q({ text: 'nobody' })).toEqual([]);
  });

  it('sorts by each column both ways', () => {
    expect(q({ sortKey: 'score', dir: 'desc' })).toEqual(['Anna-1', 'Cara-3', 'bob-2']);
    expect(q({ sortKey: 'score', dir: 'asc' })).toEqual(['bob-2', 'Cara-3', 'Anna-1']);
    expect(q({ sortKey: 'segment', dir: 'desc' })).toEqual(['Anna-1', 'Cara-3', 'bob-2']);
    expect(q({ sortKey: 'customerId', dir: 'asc' })).toEqual(['Anna-1', 'bob-2', 'Cara-3']);
    expect(q({ sortKey: 'decile', dir: 'asc' })).toEqual(['Anna-1', 'Cara-3', 'bob-2']);
    expect(q({ sortKey: 'modelId', dir: 'desc' })).toEqual(['bob-2', 'Anna-1', 'Cara-3']);
    expect(q({ sortKey: 'createdAt', dir: 'asc' })).toEqual(['bob-2', 'Cara-3', 'Anna-1']);
    expect(q({ sortKey: 'predicted', dir: 'asc' })).toEqual(['bob-2', 'Anna-1', 'Cara-3']);
    expect(LEAD_SORT_KEYS).toHaveLength(7);
  });
});
