/**
 * Shared plumbing of the columnar books: a locale-free id order (so a book's layout never depends on import
 * order or the user's language) and a stable counting sort that groups rows by client in O(n).
 */

/** Code-unit order of ids (not localeCompare: the same book must come out identically everywhere). */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Maps raw per-row client ids to indices into a sorted, deduplicated id list.
 * `rowIds(i)` gives row i's id; returns the sorted ids and each row's index.
 */
export function indexIds(n: number, rowIds: (i: number) => string): { ids: string[]; client: Int32Array } {
  const seen = new Map<string, number>();
  const local = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = rowIds(i);
    let k = seen.get(id);
    if (k === undefined) {
      k = seen.size;
      seen.set(id, k);
    }
    local[i] = k;
  }
  const ids = [...seen.keys()].sort(compareIds);
  const rank = new Int32Array(ids.length);
  ids.forEach((id, r) => (rank[seen.get(id)!] = r));
  for (let i = 0; i < n; i++) local[i] = rank[local[i]];
  return { ids, client: local };
}

/**
 * Row order sorted by client (counting sort, stable) and then by `less` within each client's rows
 * (insertion sort for the usual few rows, a full sort for long histories). Returns the permutation and each client's first row
 * (`starts`, length nClients + 1).
 */
export function groupOrder(client: Int32Array, nClients: number, less: (a: number, b: number) => boolean): { order: Int32Array; starts: Int32Array } {
  const n = client.length;
  const starts = new Int32Array(nClients + 1);
  for (let i = 0; i < n; i++) starts[client[i] + 1]++;
  for (let c = 0; c < nClients; c++) starts[c + 1] += starts[c];
  const fill = starts.slice(0, nClients);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[client[i]]++] = i;
  const cmp = (a: number, b: number): number => (less(a, b) ? -1 : less(b, a) ? 1 : a - b);
  for (let c = 0; c < nClients; c++) {
    if (starts[c + 1] - starts[c] > 32) {
      order.set(Array.from(order.subarray(starts[c], starts[c + 1])).sort(cmp), starts[c]);
      continue;
    }
    for (let j = starts[c] + 1; j < starts[c + 1]; j++) {
      const v = order[j];
      let k = j - 1;
      while (k >= starts[c] && less(v, order[k])) {
        order[k + 1] = order[k];
        k--;
      }
      order[k + 1] = v;
    }
  }
  return { order, starts };
}

/** Gathers a typed column in `order`. */
export function permute<T extends Int32Array | Float64Array>(col: T, order: Int32Array): T {
  const out = new (col.constructor as new (n: number) => T)(order.length);
  for (let i = 0; i < order.length; i++) out[i] = col[order[i]];
  return out;
}
