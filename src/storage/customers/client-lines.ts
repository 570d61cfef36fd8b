/**
 * One client's share of the columnar stores (issue #10's client card and delete): read a client's order
 * and activity lines, remove one order line, and remove everything of a client — order lines, activity
 * lines and the client's entries in every forecast run — rewriting only the chunks whose key dictionary
 * names the client, in one transaction with the client record itself (or its client-directory entry, which
 * client-directory's compactDirectory then drops from the sealed ID list). Plain functions over a Dexie
 * instance, like line-chunks.ts, so Node tests (fake-indexeddb) exercise the same code.
 */
import type { LeadLensDb } from '../db';
import { ACTIVITY_SCHEMA, ORDER_SCHEMA, pickLines, type LineSchema, type StoredLineChunk } from './line-chunks';
import type { StoredForecastChunk } from './forecast-store';
import { retireInTransaction } from './client-directory';
import { retireFromListInTransaction } from './client-list-store';

/** A client's lines of one kind: day and every column, in stored order. */
export interface ClientLines { n: number; cols: Record<string, number[]> }

export async function clientLines(database: LeadLensDb, schema: LineSchema, key: string): Promise<ClientLines> {
  const out: ClientLines = { n: 0, cols: Object.fromEntries(Object.keys(schema.columns).map((c) => [c, [] as number[]])) };
  await database.table(schema.table).each((c: StoredLineChunk) => {
    const k = c.keys.indexOf(key);
    if (k < 0) return;
    for (let i = 0; i < c.n; i++) {
      if (c.client[i] !== k) continue;
      for (const name of Object.keys(schema.columns)) out.cols[name].push(c.cols[name][i]);
      out.n++;
    }
  });
  return out;
}

/**
 * Drops lines of `key` from the chunks that hold it (all of them, or only the first line `which` accepts).
 * Runs inside the caller's transaction. Returns the number of lines removed.
 */
async function dropLines(database: LeadLensDb, schema: LineSchema, key: string, which?: (c: StoredLineChunk, i: number) => boolean): Promise<number> {
  const table = database.table(schema.table);
  const chunks = (await table.toArray()) as StoredLineChunk[];
  let removed = 0;
  for (const c of chunks) {
    const k = c.keys.indexOf(key);
    if (k < 0 || (which && removed > 0)) continue;
    const keep: number[] = [];
    for (let i = 0; i < c.n; i++) {
      const drop = c.client[i] === k && (!which || (removed === 0 && which(c, i)));
      if (drop) removed++;
      else keep.push(i);
    }
    if (keep.length === c.n) continue;
    if (keep.length === 0) await table.delete(c.chunk);
    else await table.put({ ...pickLines(schema, c, keep), chunk: c.chunk, importId: c.importId });
  }
  return removed;
}

/** Removes one order line of a client (the first with this day, amount and items). Returns whether one was removed. */
export async function removeOrderLine(database: LeadLensDb, key: string, line: { day: number; amount: number; items: number }): Promise<boolean> {
  return database.transaction('rw', database.orderChunks, async () => {
    const n = await dropLines(database, ORDER_SCHEMA, key, (c, i) => c.cols.day[i] === line.day && Math.abs(c.cols.amount[i] - line.amount) < 0.005 && c.cols.items[i] === line.items);
    return n > 0;
  });
}

/** Removes the client's entries from every forecast run's chunks. Runs inside the caller's transaction. */
async function dropForecasts(database: LeadLensDb, key: string): Promise<number> {
  const chunks = (await database.forecastChunks.toArray()) as unknown as StoredForecastChunk[];
  let removed = 0;
  for (const c of chunks) {
    const i = c.keys.indexOf(key);
    if (i < 0) continue;
    const cut = <T extends Float64Array>(a: T): Float64Array => Float64Array.from([...a.subarray(0, i), ...a.subarray(i + 1)]);
    await database.forecastChunks.put({ ...c, keys: c.keys.filter((_, j) => j !== i), spend30: cut(c.spend30), purchases30: cut(c.purchases30), pBuy14: cut(c.pBuy14), pAlive: cut(c.pAlive) } as unknown as Record<string, unknown>);
    removed++;
  }
  return removed;
}

export interface ClientRemoval { client: boolean; orders: number; activity: number; forecastRuns: number }

/** Deletes a client and everything of theirs (one transaction: all or nothing). */
export async function removeClientEverywhere(database: LeadLensDb, key: string): Promise<ClientRemoval> {
  return database.transaction('rw', [database.clients, database.clientDirectory, database.clientList, database.orderChunks, database.activityChunks, database.forecastChunks], async () => {
    const inDirectory = (await retireInTransaction(database, [key], Date.now())).size > 0;
    const client = (await database.clients.get(key)) !== undefined || inDirectory;
    await database.clients.delete(key);
    await retireFromListInTransaction(database, key);
    const orders = await dropLines(database, ORDER_SCHEMA, key);
    const activity = await dropLines(database, ACTIVITY_SCHEMA, key);
    const forecastRuns = await dropForecasts(database, key);
    return { client, orders, activity, forecastRuns };
  });
}
