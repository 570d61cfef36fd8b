/**
 * Text search over the client list's personal fields (Customer ID, name, email). Those fields are sealed at
 * rest, so the customers worker decrypts them into memory once (never writing plaintext back), folds them
 * here (lower case, accents removed: "Wiśniewski" is found by "wisniewski", "Ёлкина" by "елкина") and
 * answers each keystroke with one pass of `includes` over a single haystack per client. Sort ranks of the
 * text columns are computed once too, so sorting 100,000 clients by name is an integer sort.
 */
import { EMPTY_RANK, type TextRanks } from './client-query';
import { Slicer, sortYielding } from './yielding';

const MARKS = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = { ł: 'l', ё: 'е', ß: 'ss', ø: 'o', đ: 'd' };

/** Case- and accent-folded text for matching. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[łёßøđ]/g, (c) => SPECIAL[c] ?? c).normalize('NFC');
}

/** One folded haystack per client: ID, name and email separated by a character no query contains. */
export function searchHaystacks(customerId: readonly string[], name: readonly string[], email: readonly string[]): string[] {
  return customerId.map((id, i) => `${foldText(id)}\u0001${foldText(name[i] ?? '')}\u0001${foldText(email[i] ?? '')}`);
}

/**
 * Rows whose haystack holds every word of `query` (words in any order; "anna kowal" finds "Kowalska
 * Anna"). An empty query matches everything.
 */
export function matchText(haystacks: readonly string[], query: string): Uint8Array {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const out = new Uint8Array(haystacks.length);
  for (let i = 0; i < haystacks.length; i++) {
    const h = haystacks[i];
    let ok = 1;
    for (const w of words) if (!h.includes(w)) { ok = 0; break; }
    out[i] = ok;
  }
  return out;
}

/** The collation the text sorts use (accent- and case-blind, numbers by value). */
export function textCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

/** Ranks of a text column in the locale's collation order (equal texts share a rank; empty = EMPTY_RANK). */
export function textRank(col: readonly string[], locale?: string): Int32Array {
  const coll = textCollator(locale);
  const idx = Array.from(col.keys()).filter((i) => col[i] !== '');
  idx.sort((a, b) => coll.compare(col[a], col[b]));
  const rank = new Int32Array(col.length).fill(EMPTY_RANK);
  let r = 0;
  idx.forEach((row, k) => {
    if (k > 0 && coll.compare(col[idx[k - 1]], col[row]) !== 0) r = k;
    rank[row] = r;
  });
  return rank;
}

export function textRanks(customerId: readonly string[], name: readonly string[], email: readonly string[], locale?: string): TextRanks {
  return { customerId: textRank(customerId, locale), name: textRank(name, locale), email: textRank(email, locale) };
}

/** Folded texts of a column, in time slices (the worker keeps answering meanwhile). */
export async function foldYielding(col: readonly string[], slicer: Slicer, onRow?: () => void): Promise<string[]> {
  const out = new Array<string>(col.length);
  for (let i = 0; i < col.length; i++) {
    out[i] = foldText(col[i] ?? '');
    onRow?.();
    if ((i & 255) === 0) await slicer.maybePause();
  }
  return out;
}

/** Digit runs padded by length, so a plain comparison of presort keys puts "9" before "10" as the collator does. */
const presortKey = (folded: string): string => folded.replace(/\d+/g, (d) => {
  const v = d.replace(/^0+(?=\d)/, '');
  return String.fromCharCode(0x30 + Math.min(v.length, 60)) + v;
});

/**
 * `textRank`'s ranks, computed in time slices: the rows are first ordered by a cheap key (folded text,
 * digits padded), on which the collator's order almost always agrees, then sorted by the collator itself
 * with an adaptive merge sort, which on that nearly sorted input costs about one comparison per row.
 * The result is exactly textRank's (the collator decides; equal texts share the first position's rank).
 */
export async function textRankYielding(col: readonly string[], folded: readonly string[], slicer = new Slicer(), locale?: string): Promise<Int32Array> {
  const coll = textCollator(locale);
  const rows: number[] = [];
  for (let i = 0; i < col.length; i++) if (col[i] !== '') rows.push(i);
  const idx = Int32Array.from(rows);
  const key = new Array<string>(col.length);
  for (let k = 0; k < idx.length; k++) {
    key[idx[k]] = presortKey(folded[idx[k]]);
    if ((k & 255) === 0) await slicer.maybePause();
  }
  await sortYielding(idx, (a, b) => (key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : 0), slicer);
  await sortYielding(idx, (a, b) => coll.compare(col[a], col[b]), slicer);
  const rank = new Int32Array(col.length).fill(EMPTY_RANK);
  let r = 0;
  for (let k = 0; k < idx.length; k++) {
    if (k > 0 && coll.compare(col[idx[k - 1]], col[idx[k]]) !== 0) r = k;
    rank[idx[k]] = r;
    if ((k & 255) === 0) await slicer.maybePause();
  }
  return rank;
}
