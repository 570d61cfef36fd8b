/**
 * Applies edits to the worker's client list in place (issue #10): after a client is saved the page moves
 * the data version on, and instead of rebuilding 100,000 clients (2.9 s on an idle machine) the worker
 * reads the records stamped since its state (`updatedAt` above it, every writer stamps one), decrypts only
 * those whose sealed fields changed, and updates their columns, texts, search haystacks and collation ranks
 * (`rerank`: the other rows keep their order, one binary search places the changed text). New records
 * are appended. A delete (fewer records than expected), a directory change or more than MAX_PATCH records
 * returns false: the caller rebuilds. A new forecast run is joined again. The stored snapshot and forecast
 * record are then written in the background from the state (sealed; nothing decrypted is written).
 */
import { EMPTY_RANK } from '../../core/customers/client-query';
import { foldText, textCollator } from '../../core/customers/client-search';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { LeadLensDb } from '../../storage/db';
import type { ClientRecord } from '../../storage/customers/client-records';
import { clientsSig, writeListSnapshot } from '../../storage/customers/client-list-store';
import { openTexts, sealColumns, sealedPrint, setClear, type ListColumns } from '../../storage/customers/client-list-refresh';
import { directorySigNow } from '../../storage/customers/client-scan';
import { joinForecast, newestRunId, writeListForecast } from '../../storage/customers/client-list-forecast';
import { newIndex, setForecast, TEXT_COLS, type ListState, type TextCol } from './client-list-state';

/** More changed records than this: rebuild (an import), where one pass beats many in-place updates. */
export const MAX_PATCH = 256;
/** Up to this many changed rows keep the ranks (one re-rank each); more: ranks rebuilt in the background. */
const MAX_RERANK = 8;
const PACK = 2 ** 21;

/**
 * Ranks after row `row` took the text `col[row]`, from the ranks before (equal texts share the first
 * position's rank, empty texts EMPTY_RANK, as textRank): the other rows keep their order (a native sort of
 * rank·2²¹+row), the changed one is placed by binary search with the collator. `col.length` may exceed
 * `rank.length` by appended rows (not yet ranked: they must be EMPTY or `row`).
 */
export function rerank(rank: Int32Array, col: readonly string[], row: number, coll: Intl.Collator): Int32Array | undefined {
  const n = col.length;
  if (n >= PACK) return undefined;
  const packed = new Float64Array(rank.length);
  let m = 0;
  for (let j = 0; j < rank.length; j++) if (j !== row && rank[j] !== EMPTY_RANK) packed[m++] = rank[j] * PACK + j;
  const sorted = packed.subarray(0, m).sort();
  const rowAt = (k: number) => sorted[k] % PACK;
  const text = col[row];
  let at = -1;
  if (text !== '') {
    let lo = 0;
    let hi = m;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (coll.compare(col[rowAt(mid)], text) <= 0) lo = mid + 1; else hi = mid; }
    at = lo;
  }
  const out = new Int32Array(n).fill(EMPTY_RANK);
  let pos = 0;
  let r = 0;
  let prev = -1;
  const place = (j: number) => {
    const same = prev >= 0 && (j === row || prev === row ? coll.compare(col[prev], col[j]) === 0 : rank[prev] === rank[j]);
    if (!same) r = pos;
    out[j] = r;
    pos++;
    prev = j;
  };
  for (let k = 0; k <= m; k++) {
    if (k === at) place(row);
    if (k < m) place(rowAt(k));
  }
  return out;
}

const grow = <T extends Float64Array | Uint8Array>(a: T, n: number, fill: number): T => {
  const out = new (a.constructor as new (n: number) => T)(n);
  out.set(a);
  out.fill(fill, a.length);
  return out;
};

/** Makes room for `extra` appended client records (rows at the end of the table and of `rec`). */
function append(s: ListState, extra: number): void {
  const t = s.table;
  const n = t.n + extra;
  t.orders = grow(t.orders, n, 0); t.lastPurchase = grow(t.lastPurchase, n, NaN); t.segment = grow(t.segment, n, 0);
  t.spend30 = grow(t.spend30, n, NaN); t.pBuy14 = grow(t.pBuy14, n, NaN); t.pAlive = grow(t.pAlive, n, NaN);
  t.n = n;
  const r: ListColumns = s.rec;
  const m = r.n + extra;
  s.rec = { ...r, n: m, orders: grow(r.orders, m, 0), lastPurchase: grow(r.lastPurchase, m, NaN), segment: grow(r.segment, m, 0), legacy: grow(r.legacy, m, 0), print: grow(r.print, m, 0) };
  for (let i = 0; i < extra; i++) {
    s.keys.push(''); s.rec.keys.push(''); s.rec.customerId.push(''); s.rec.name.push(''); s.rec.email.push('');
    for (const col of TEXT_COLS) s.text[col].push('');
  }
}

/** Sets one row's texts and, when the search index is ready, its haystack and ranks. */
function setTexts(s: ListState, i: number, texts: [string, string, string], coll: Intl.Collator, rerankOk: boolean): void {
  const k = i - s.dirN;
  const next: Record<TextCol, string> = { customerId: texts[0], name: texts[1], email: texts[2] };
  [s.rec.customerId[k], s.rec.name[k], s.rec.email[k]] = texts;
  const done = s.index.done;
  for (const col of TEXT_COLS) {
    if (s.text[col][i] === next[col] && !(done && i >= done.hay.length)) continue;
    s.text[col][i] = next[col];
    if (!done) continue;
    done.folded[col][i] = foldText(next[col]);
    const ranks = rerankOk ? rerank(done.ranks[col], s.text[col], i, coll) : undefined;
    if (ranks) { done.ranks[col] = ranks; s.index.ranks[col] = Promise.resolve(ranks); } else s.index.ready = false;
  }
  if (done) done.hay[i] = `${done.folded.customerId[i]}\u0001${done.folded.name[i]}\u0001${done.folded.email[i]}`;
}

/** Patches `s` to the stored data; false when it must be rebuilt instead (see the header). */
export async function patchList(database: LeadLensDb, keys: WorkspaceKeys, s: ListState): Promise<boolean> {
  const read = await database.transaction('r', [database.clients, database.clientDirectory, database.forecastRuns], async () => ({
    sig: await clientsSig(database),
    changed: (await database.clients.where('updatedAt').above(s.sig.clientsAt).limit(MAX_PATCH + 1).toArray()) as unknown as ClientRecord[],
    dirSig: await directorySigNow(database),
    runId: await newestRunId(database),
  }));
  if (read.changed.length > MAX_PATCH || read.dirSig !== s.dirSig) return false;
  const at = read.changed.map((r) => s.rec.keys.indexOf(r.id));
  const added = at.filter((k) => k < 0).length;
  if (read.sig.clients !== s.rec.n + added) return false; // a delete (or records the state missed)
  const texts = await Promise.all(read.changed.map((r, j) => (at[j] >= 0 && s.rec.print[at[j]] === sealedPrint(r) ? undefined : openTexts(keys, r))));
  const indexing = !s.index.done; // the index is still being built: restarted after the patch
  if (indexing) s.index.token.cancelled = true;
  const base = s.rec.n;
  if (added) append(s, added);
  const coll = textCollator();
  const rerankOk = read.changed.length <= MAX_RERANK;
  let next = base;
  read.changed.forEach((r, j) => {
    const k = at[j] >= 0 ? at[j] : next++;
    const i = s.dirN + k;
    const wasLegacy = s.rec.legacy[k];
    setClear(s.rec, k, r);
    s.legacy += s.rec.legacy[k] - wasLegacy;
    s.keys[i] = r.id;
    s.table.orders[i] = s.rec.orders[k]; s.table.lastPurchase[i] = s.rec.lastPurchase[k]; s.table.segment[i] = s.rec.segment[k];
    const t = texts[j];
    if (t) setTexts(s, i, t, coll, rerankOk);
  });
  if (indexing || !s.index.ready) s.index = newIndex(s.table.n); // (ranks dropped: the whole index again)
  if (read.runId !== s.runId) setForecast(s, await joinForecast(database, s.keys));
  s.sig = read.sig;
  s.order = undefined;
  const basedOn = s.meta;
  s.meta = undefined;
  s.save = async () => {
    const meta = await writeListSnapshot(database, basedOn, read.sig, await sealColumns(keys, s.rec));
    if (!meta) return;
    s.meta = meta;
    await writeListForecast(database, { runId: s.runId, asOfDay: s.asOfDay, spend30: s.table.spend30, pBuy14: s.table.pBuy14, pAlive: s.table.pAlive }, meta.builtAt, s.dirSig);
  };
  return true;
}
