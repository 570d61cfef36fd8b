// Shared scoring pipeline with a fake ModelRunner, plus WebCrypto hashing.
import { describe, expect, it } from 'vitest';
import { scoreRows, sha256Hex, verifyModelBytes, type ModelRunner } from './score';
import { sampleCard } from './testing/sampleCard';

const card = sampleCard();
/** Fake model: P = Age / 100 (first feature), to test the pipeline without ONNX. */
const runner: ModelRunner = {
  async run(x, rows, cols) {
    return Float32Array.from({ length: rows }, (_, i) => x[i * cols] / 100);
  },
};
const lead = (age: number) => ({ CustomerID: String(age), Age: age, Income: 50000, Gender: 'Male', WebsiteVisits: 40, TimeOnSite: 14.5 });

describe('score pipeline', () => {
  it('scores rows through calibration, decision, decile, segment and cluster', async () => {
    const [a, b] = await scoreRows(card, runner, [lead(50), lead(25)]);
    expect(a.rawProbability).toBe(Math.fround(0.5));
    expect(a.score).toBeCloseTo(0.4, 6);
    expect(a).toMatchObject({ predicted: 0, decile: 6, segment: 'Medium', cluster: 0, clusterName: 'Engaged' });
    expect(b.score).toBeCloseTo(0.275, 6);
    expect(b).toMatchObject({ predicted: 0, decile: 8, segment: 'Low' });
  });
  it('results do not depend on the batch size', async () => {
    const leads = Array.from({ length: 25 }, (_, i) => lead(20 + i));
    expect(await scoreRows(card, runner, leads, { batchSize: 4 })).toEqual(await scoreRows(card, runner, leads));
  });
  it('sha256Hex and verifyModelBytes', async () => {
    const abc = new TextEncoder().encode('abc');
    expect(await sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await expect(verifyModelBytes(card, abc)).resolves.toBeUndefined();
    await expect(verifyModelBytes(card, new TextEncoder().encode('abd'))).rejects.toThrow(/does not match its card/);
  });
});
