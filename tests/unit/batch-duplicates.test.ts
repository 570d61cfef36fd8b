// Repeated Customer IDs through the batch engine's two stages (#14): detection across chunks, the policy
// applied, rows in = scored + reported, and a run interrupted mid-file resuming to exactly the uninterrupted
// run's rows, errors and report. With personal Customer IDs the stored duplicate errors name no ID.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/storage/db';
import type { StoredRun, StoredErrors } from '../../src/storage/runs/store';
import type { DuplicatePolicy } from '../../src/core/csv/duplicate-ids';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../src/core/crypto/workspace-keys';
import { csv, importText as run } from './batch-fixture';
import { openErrorDetails } from '../../src/storage/runs/id-keys';

// 1,000 rows in chunks of 100; rows 950..1000 repeat the IDs of rows 10, 20, …, and row 960's age is invalid.
function withRepeats(): string {
  const lines = csv(1000, [960]).trimEnd().split('\n');
  for (let r = 950; r <= 1000; r++) lines[r] = lines[r].replace(/^C\d+,/, `C${(r - 949) * 10},`);
  return lines.join('\n') + '\n';
}

async function errorsOf(db: string): Promise<[number, string, string, string][]> {
  const recs = (await openDb(db).runErrors.where('runId').equals('r1').sortBy('chunk')) as unknown as StoredErrors[];
  return recs.flatMap((r) => r.errors.map((e): [number, string, string, string] => [e.row, e.column, e.value, e.code]));
}

describe('repeated Customer IDs in a batch', () => {
  it.each<[DuplicatePolicy, number]>([['all', 0], ['first', 50], ['last', 50]])('keep %s: %i rows reported as duplicates', async (policy, skipped) => {
    const db = `dup-${policy}`;
    const r = await run(withRepeats(), db, { duplicates: policy });
    expect(r.counts.rows).toBe(1000);
    expect(r.counts.scored + r.counts.invalid).toBe(1000);
    expect(r.counts.invalid).toBe(1 + skipped);
    expect(r.duplicates).toMatchObject({ policy, ids: 50, repeatRows: 50, skipped });
    expect(r.duplicates?.groups[0]).toEqual({ rows: [10, 950], more: 0 });
    const dups = (await errorsOf(db)).filter((e) => e[3] === 'duplicate_id');
    expect(dups).toHaveLength(skipped);
    if (policy === 'first') expect(dups[0]).toEqual([950, 'CustomerID', 'C10', 'duplicate_id']);
    if (policy === 'last') expect(dups[0]).toEqual([10, 'CustomerID', 'C10', 'duplicate_id']);
  });

  it.each<DuplicatePolicy>(['first', 'last'])('keep %s: a resumed run equals the uninterrupted one', async (policy) => {
    const text = withRepeats();
    const whole = await run(text, `dup-whole-${policy}`, { duplicates: policy });
    await expect(run(text, `dup-resume-${policy}`, { duplicates: policy, failAfter: 7 })).rejects.toThrow('tab closed');
    const prior = (await openDb(`dup-resume-${policy}`).runs.get('r1')) as unknown as StoredRun;
    expect(prior.committedChunks).toBe(7);
    const resumed = await run(text, `dup-resume-${policy}`, { duplicates: policy, prior });
    expect(resumed.counts).toEqual(whole.counts);
    expect(resumed.duplicates).toEqual(whole.duplicates);
    expect(resumed.meanScore).toBeCloseTo(whole.meanScore, 12);
    expect(await errorsOf(`dup-resume-${policy}`)).toEqual(await errorsOf(`dup-whole-${policy}`));
  });

  it('stores no Customer ID in duplicate errors when IDs are personal', async () => {
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const r = await run(withRepeats(), 'dup-sealed', { duplicates: 'first', keys });
    expect(r.idsSealed).toBe(true);
    const dups = (await errorsOf('dup-sealed')).filter((e) => e[3] === 'duplicate_id');
    expect(dups).toHaveLength(50);
    expect(dups.every((e) => e[2] === '')).toBe(true);
  });

  it('seals every stored error value and reason text when IDs are personal, and opens them back', async () => {
    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    await run(withRepeats(), 'err-plain', { duplicates: 'first' });
    await run(withRepeats(), 'err-sealed', { duplicates: 'first', keys });
    const plain = (await openDb('err-plain').runErrors.where('runId').equals('r1').sortBy('chunk')) as unknown as StoredErrors[];
    const sealed = (await openDb('err-sealed').runErrors.where('runId').equals('r1').sortBy('chunk')) as unknown as StoredErrors[];
    const bad = plain.flatMap((r) => r.errors).find((e) => e.code !== 'duplicate_id');
    expect(bad?.value).toBeTruthy();
    const raw = JSON.stringify(sealed);
    expect(raw).not.toContain(JSON.stringify(bad?.value));
    expect(sealed.flatMap((r) => r.errors).every((e) => e.value === '' && e.reason === '')).toBe(true);
    const opened = (await Promise.all(sealed.map((r) => openErrorDetails(keys, r)))).flat();
    const expected = plain.flatMap((r) => r.errors).map((e) => (e.code === 'duplicate_id' ? { ...e, value: '' } : e));
    expect(opened).toEqual(expected);
    await expect(openErrorDetails(undefined, sealed[sealed.length - 1])).rejects.toThrow('Sign in');
  });
});
