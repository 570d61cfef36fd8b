// sampleRunInputs against fake-indexeddb: evenly spread rows from evenly spaced input chunks, inputs only.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDb } from '../db';
import { sampleRunInputs } from './sample-inputs';

let n = 0;
beforeEach(() => { openDb(`sample-inputs-test-${++n}-${Date.now()}`); });

async function storeRun(chunks: number, rows: number): Promise<void> {
  await db().runs.put({ id: 'r1', status: 'completed', committedChunks: chunks } as never);
  for (let k = 0; k < chunks; k++) {
    const age = Float64Array.from({ length: rows }, (_, i) => k * rows + i);
    const codes = Uint8Array.from({ length: rows }, (_, i) => i % 2);
    await db().runChunks.put({ runId: 'r1', chunk: k, firstIndex: k * rows, n: rows,
      data: { n: rows, ids: 'sealed', sourceRows: new Uint32Array(rows), cluster: new Uint8Array(rows), num: { Age: age }, cat: { Gender: { dict: ['Male', 'Female'], codes } } } } as never);
  }
}

describe('sampleRunInputs', () => {
  it('takes an even share of rows from each of up to ten evenly spaced chunks', async () => {
    await storeRun(20, 100);
    const rows = await sampleRunInputs('r1', 50);
    expect(rows).toHaveLength(50);
    // Chunks 0, 2, 4, … 18; rows 0, 20, 40, 60, 80 of each.
    expect(rows.slice(0, 6).map((r) => r.Age)).toEqual([0, 20, 40, 60, 80, 200]);
    expect(rows[1].Gender).toBe('Male');
    expect(Object.keys(rows[0]).sort()).toEqual(['Age', 'Gender']);
  });

  it('returns every row when the run is smaller than the sample, and nothing for an unknown run', async () => {
    await storeRun(2, 30);
    expect((await sampleRunInputs('r1', 5000)).map((r) => r.Age)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(await sampleRunInputs('nope', 10)).toEqual([]);
  });
});
