/**
 * Duplicate detection for re-imported order and activity lines. A line's identity is its keyed client id
 * and all its values (day, amount, items …) plus its occurrence number among identical lines: a file
 * may legitimately hold the same purchase twice on one day, so identical lines are counted, not collapsed.
 * An incoming line is new only when its occurrence number exceeds how many identical lines the book
 * already holds. Importing the same file twice therefore adds nothing, and an export that overlaps the
 * stored book (e.g. last year + this month) adds only the lines the book lacks.
 */
import type { LineSchema, Lines } from './line-chunks';

function identity(lines: Lines, names: string[], i: number): string {
  let s = lines.keys[lines.client[i]];
  for (const n of names) s += `|${lines.cols[n][i]}`;
  return s;
}

/** Indices of `incoming` lines that are not already in `existing` (counting occurrences). */
export function newLineIndices(schema: LineSchema, existing: Lines, incoming: Lines): Int32Array {
  if (existing.n === 0) return Int32Array.from({ length: incoming.n }, (_, i) => i);
  const names = Object.keys(schema.columns);
  const have = new Map<string, number>();
  for (let i = 0; i < existing.n; i++) {
    const id = identity(existing, names, i);
    have.set(id, (have.get(id) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const keep: number[] = [];
  for (let i = 0; i < incoming.n; i++) {
    const id = identity(incoming, names, i);
    const k = (seen.get(id) ?? 0) + 1;
    seen.set(id, k);
    if (k > (have.get(id) ?? 0)) keep.push(i);
  }
  return Int32Array.from(keep);
}
