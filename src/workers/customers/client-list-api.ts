/**
 * The customers worker's calls for issue #10's screens (client list, customer dashboard, a client's "why"),
 * kept apart from the import/forecast calls of protocol.ts, which extends this interface.
 */
import type { ClientQuery } from '../../core/customers/client-query';
import type { LeadLensDb } from '../../storage/db';
import type { ClientListInfo, ClientListRow, ClientWhy, CustomerDashboard, ExportLabels, ListContext } from '../../bridge/client-list-contract';
import { allListRows, listProgress, listRows, openList, queryList } from './client-list';
import { clientWhy, customerDashboard, listCsv } from './client-insights';

export interface ClientListWorkerApi {
  listOpen(ctx: ListContext): Promise<ClientListInfo>;
  listQuery(ctx: ListContext, q: ClientQuery): Promise<ClientListInfo>;
  listProgress(ctx: ListContext): Promise<ClientListInfo>;
  listRows(ctx: ListContext, offset: number, limit: number): Promise<ClientListRow[]>;
  /** The current filtered, sorted list as CSV text. */
  listExport(ctx: ListContext, labels: ExportLabels): Promise<string>;
  dashboard(threshold: number, dbName?: string): Promise<CustomerDashboard>;
  why(key: string, dbName?: string): Promise<ClientWhy | undefined>;
}

export function clientListApi(database: (name?: string) => LeadLensDb): ClientListWorkerApi {
  return {
    listOpen: (ctx) => openList(database(ctx.dbName), ctx),
    listQuery: (ctx, q) => queryList(database(ctx.dbName), ctx, q),
    listProgress: (ctx) => listProgress(database(ctx.dbName), ctx),
    listRows: (ctx, offset, limit) => listRows(database(ctx.dbName), ctx, offset, limit),
    listExport: async (ctx, labels) => listCsv(await allListRows(database(ctx.dbName), ctx), labels),
    dashboard: (threshold, dbName) => customerDashboard(database(dbName), threshold),
    why: (key, dbName) => clientWhy(database(dbName), key),
  };
}
