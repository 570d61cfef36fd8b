/**
 * Page side of issue #10's customers-worker calls: the client list (open, query, rows, export), the
 * customer dashboard and a client's "why". The page keeps a data version: any change to clients, orders,
 * activity or forecasts (this tab or another: storage/data-changes.ts) bumps it, and the worker rebuilds its
 * list for the new version. The workspace keys go with each call so a restarted worker can decrypt again.
 */
import { proxy } from 'comlink';
import { bridge } from './customers-bridge';
import { requireSession } from '../storage/session';
import { onDataChange } from '../storage/data-changes';
import type { ClientQuery } from '../core/customers/client-query';
import type { ClientListInfo, ClientListRow, ClientWhy, CustomerDashboard, ExportLabels, ListContext } from './client-list-contract';

/** Tables whose changes make the list stale. */
export const LIST_TABLES = ['clients', 'clientDirectory', 'orderChunks', 'activityChunks', 'forecastRuns', 'forecastChunks'];

let version = 1;
let watching = false;

function context(): ListContext {
  if (!watching && typeof window !== 'undefined') {
    watching = true;
    onDataChange(LIST_TABLES, () => { version++; }, 0);
  }
  return { keys: requireSession(undefined, 'clients.list').keys, version };
}

/** Marks the list stale now (after this tab's own write, before the change event arrives). */
export function clientsChanged(): void {
  version++;
}

export const openClientList = (): Promise<ClientListInfo> => bridge.call((api) => api.listOpen(context()));

/**
 * Starts the customers worker and its list build as the Clients route begins (routes.ts), so the worker's
 * start, Dexie's open and the snapshot read overlap loading and rendering the screen; the screen's first
 * query then shares that build (same data version). Errors (no session yet) are left to the screen.
 */
export function warmClientList(): void {
  try { void openClientList().catch(() => undefined); } catch { /* not signed in: the screen says so */ }
}
export const queryClientList = (q: ClientQuery): Promise<ClientListInfo> => bridge.call((api) => api.listQuery(context(), q));
export const clientListProgress = (): Promise<ClientListInfo> => bridge.call((api) => api.listProgress(context()));
export const clientListRows = (offset: number, limit: number): Promise<ClientListRow[]> => bridge.call((api) => api.listRows(context(), offset, limit));
export const exportClientList = (labels: ExportLabels): Promise<string> => bridge.call((api) => api.listExport(context(), labels));

export function customerDashboard(threshold: number): Promise<CustomerDashboard> {
  requireSession(undefined, 'clients.list');
  return bridge.call((api) => api.dashboard(threshold));
}

export function clientWhy(key: string): Promise<ClientWhy | undefined> {
  requireSession(undefined, 'clients.read');
  return bridge.call((api) => api.why(key));
}

/** Bench hook (?bench, tests/bench/client-list-bench.mjs): demo data of any size through the worker's demo path. */
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) {
  (globalThis as unknown as { leadlensClientList: unknown }).leadlensClientList = {
    loadDemo: (clients: number) => bridge.call((api) => api.loadDemo({ keys: requireSession().keys, encIds: true, clients }, proxy(() => {}))),
    forecast: () => bridge.call((api) => api.forecast({}, proxy(() => {}))),
    /** Edits the first listed client's first name through the card's data API (the snapshot then needs a patch). */
    editOne: async () => {
      const [row] = await clientListRows(0, 1);
      const { getClient, saveClient } = await import('../storage/clients-repo-card');
      const c = await getClient(undefined, row.id);
      if (c) await saveClient(undefined, { customerId: c.customerId, firstName: `${c.firstName}e`, lastName: c.lastName, email: c.email, notes: c.notes, registeredDay: c.registeredDay });
    },
  };
}
