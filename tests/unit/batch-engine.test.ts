// The batch engine's two stages wired in-process (no workers): rows in = scored + reported, errors
// stored, aggregates, resume skipping committed chunks, and the prefix check refusing another file.
import { describe, expect, it } from 'vitest';
import { LeadLensDb, openDb } from '../../src/storage/db';
import type { StoredRun } from '../../src/storage/runs/store';
import { csv, importText as run } from './batch-fixture';

describe('batch engine (in-process)', () => {
  it('scores valid rows, reports invalid ones: rows in = scored + reported', async () => {
    const r = await run(csv(1000, [5, 17, 999]), 'batch-engine-1');
    expect(r.status).toBe('completed');
    expect(r.counts).toMatchObject({ rows: 1000, scored: 997, invalid: 3 });
    expect(r.counts.defaultsUsed).toBe(Math.floor(1000 / 7) - 0);
    expect(r.committedChunks).toBe(10);
    expect(r.bySegment.High + r.bySegment.Medium + r.bySegment.Low).toBe(997);
    expect(r.byDecile.reduce((a, b) => a + b, 0)).toBe(997);
    expect(r.histogram.reduce((a, b) => a + b, 0)).toBe(997);
    expect(r.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.metrics?.rocAuc).toBeGreaterThan(0);
    const db = openDb('batch-engine-1');
    const errs = await db.runErrors.where('runId').equals('r1').toArray();
    const all = errs.flatMap((e) => e.errors as { row: number; column: string; value: string }[]);
    expect(all.map((e) => [e.row, e.column, e.value])).toEqual([[5, 'Age', 'abc'], [17, 'Age', 'abc'], [999, 'Age', 'abc']]);
  });

  it('resumes an interrupted run from its last committed chunk', async () => {
    const text = csv(1000, [250]);
    await expect(run(text, 'batch-engine-2', { failAfter: 4 })).rejects.toThrow('tab closed');
    const db = openDb('batch-engine-2');
    const prior = (await db.runs.get('r1')) as unknown as StoredRun;
    expect(prior.status).toBe('running');
    expect(prior.committedChunks).toBe(4);
    const r = await run(text, 'batch-engine-2', { prior: { ...prior, status: 'running' } });
    expect(r.counts).toMatchObject({ rows: 1000, scored: 999, invalid: 1 });
    expect(await openDb("batch-engine-2").runChunks.count()).toBe(20);
    const whole = await run(text, 'batch-engine-3');
    expect(r.fileSha256).toBe(whole.fileSha256);
    expect(r.meanScore).toBeCloseTo(whole.meanScore, 10);
    expect(r.metrics?.rocAuc).toBeCloseTo(whole.metrics?.rocAuc ?? 0, 10);
  });

  it('refuses to resume with a different file', async () => {
    const text = csv(1000);
    await expect(run(text, 'batch-engine-4', { failAfter: 3 })).rejects.toThrow('tab closed');
    const prior = (await openDb('batch-engine-4').runs.get('r1')) as unknown as StoredRun;
    const other = text.replace('C5,', 'X5,');
    await expect(run(other, 'batch-engine-4', { prior })).rejects.toThrow('file_changed');
  });

  it('stops on a full disk with a clear error, earlier chunks intact', async () => {
    const proto = LeadLensDb.prototype as unknown as { transaction: (...a: unknown[]) => unknown };
    const real = proto.transaction;
    let calls = 0;
    proto.transaction = function (this: unknown, ...a: unknown[]) {
      if (++calls === 3) return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      return real.apply(this, a);
    };
    try {
      await expect(run(csv(1000), 'batch-engine-5')).rejects.toThrow('quota_exceeded');
    } finally {
      proto.transaction = real;
    }
    const rec = (await openDb('batch-engine-5').runs.get('r1')) as unknown as StoredRun;
    expect(rec.committedChunks).toBe(2);
    expect(await openDb('batch-engine-5').runChunks.count()).toBe(4);
  });
});
