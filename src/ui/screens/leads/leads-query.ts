/**
 * Search and sort of the scored single leads (pure, unit-tested): the list holds every stored lead (their
 * Customer IDs opened by leads-repo), so both run in memory on each keystroke or header click.
 */
import type { LeadRecord } from '../../../storage/leads-repo';
import type { Segment } from '../../../core/lead';

export type LeadSortKey = 'customerId' | 'score' | 'segment' | 'decile' | 'predicted' | 'modelId' | 'createdAt';
export const LEAD_SORT_KEYS: LeadSortKey[] = ['customerId', 'score', 'segment', 'decile', 'predicted', 'modelId', 'createdAt'];
/** Text columns sort A→Z first; numbers, tiers and dates highest (or newest) first. */
export const TEXT_KEYS: ReadonlySet<LeadSortKey> = new Set(['customerId', 'modelId']);

const TIER_RANK: Record<Segment, number> = { High: 3, Medium: 2, Low: 1 };

function value(l: LeadRecord, key: LeadSortKey): number | string {
  switch (key) {
    case 'customerId': return l.customerId.toLocaleLowerCase();
    case 'modelId': return l.modelId.toLocaleLowerCase();
    case 'segment': return TIER_RANK[l.segment] ?? 0;
    default: return l[key];
  }
}

export interface LeadQuery {
  text: string;
  sortKey: LeadSortKey;
  dir: 'asc' | 'desc';
  /** The tier in the UI's language, so "высокий" finds High leads. */
  tierLabel: (s: Segment) => string;
}

/** The leads whose Customer ID, model or tier (code or words) contains the text, sorted; ties newest first. */
export function queryLeads(leads: readonly LeadRecord[], q: LeadQuery): LeadRecord[] {
  const needle = q.text.trim().toLocaleLowerCase();
  const hit = (l: LeadRecord): boolean => !needle
    || [l.customerId, l.modelId, l.segment, q.tierLabel(l.segment)].some((s) => s.toLocaleLowerCase().includes(needle));
  const sign = q.dir === 'asc' ? 1 : -1;
  return leads.filter(hit).sort((a, b) => {
    const va = value(a, q.sortKey);
    const vb = value(b, q.sortKey);
    const c = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb) : (va as number) - (vb as number);
    return c * sign || b.createdAt - a.createdAt;
  });
}
