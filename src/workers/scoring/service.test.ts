// The scoring service with fake fetch + fake ONNX Runtime over the core's sample card: checksum refusal,
// validation errors, scenario decisions, grouped TreeSHAP factors, cluster profile and session reuse.
import { describe, expect, it } from 'vitest';
import { sampleCard } from '../../core/testing/sampleCard';
import type { ModelCard } from '../../core/card/types';
import { ScoringService, formDefaults } from './service';
import { sha256Hex, sha256HexSync } from './sha256';
import type { OrtModuleLike, OrtTensorLike } from './ort-runner';

const BASE = 'http://x.test/sub/models/';
const ONNX = new TextEncoder().encode('abc'); // sampleCard's onnx.sha256 is sha256("abc")
const TREES = {
  margin: 'logit', base: 0, decision: '<',
  trees: [{ nodes: [
    { id: 0, feature: 0, threshold: 30, left: 1, right: 2, cover: 10 },
    { id: 1, left: -1, right: -1, value: -1, cover: 5 },
    { id: 2, feature: 4, threshold: 0.5, left: 3, right: 4, cover: 5 },
    { id: 3, left: -1, right: -1, value: 0.5, cover: 2 },
    { id: 4, left: -1, right: -1, value: 2, cover: 3 },
  ] }],
};

async function setup(opts: { onnx?: Uint8Array; trees?: boolean } = {}) {
  const card: ModelCard = sampleCard();
  const treesBytes = new TextEncoder().encode(JSON.stringify(TREES));
  if (opts.trees !== false) card.explain = { file: 'test_model.trees.json', sha256: await sha256Hex(treesBytes), margin: 'logit' };
  const files: Record<string, ConstructorParameters<typeof Response>[0]> = {
    'index.json': JSON.stringify({ champion: 'test_model', models: ['test_model'] }),
    'test_model.card.json': JSON.stringify(card),
    'test_model.onnx': (opts.onnx ?? ONNX) as Uint8Array<ArrayBuffer>,
    'test_model.trees.json': treesBytes as Uint8Array<ArrayBuffer>,
  };
  const fetched: string[] = [];
  const fetchFn = async (url: string) => {
    fetched.push(url);
    const name = url.slice(BASE.length);
    return name in files ? new Response(files[name]) : new Response('nope', { status: 404 });
  };
  let sessions = 0;
  class Tensor implements OrtTensorLike { constructor(public type: string, public data: Float32Array, public dims: number[]) {} }
  const ort: OrtModuleLike = {
    env: {},
    Tensor: Tensor as unknown as OrtModuleLike['Tensor'],
    InferenceSession: {
      create: async () => {
        sessions++;
        return {
          // P(class 1) = Age / 100 so tests can choose the score.
          run: async (feeds: Record<string, OrtTensorLike>) => {
            const x = feeds.input.data as Float32Array;
            const [n, f] = feeds.input.dims;
            const out = new Float32Array(n * 2);
            for (let i = 0; i < n; i++) { out[i * 2 + 1] = x[i * f] / 100; out[i * 2] = 1 - out[i * 2 + 1]; }
            return { probabilities: { data: out, dims: [n, 2] } };
          },
        };
      },
    },
  };
  const svc = new ScoringService({ loadOrt: async () => ort, fetch: fetchFn });
  return { svc, fetched, sessions: () => sessions };
}

const urls = { index: `${BASE}index.json`, modelsBase: BASE };
const lead = { CustomerID: 'C1', Age: '50', Income: '', Gender: 'female', WebsiteVisits: '10', TimeOnSite: '5' };

describe('ScoringService', () => {
  it('loads once and scores a lead with explanation and cluster profile', async () => {
    const { svc, fetched, sessions } = await setup();
    const info = await svc.init(urls);
    expect(info.modelId).toBe('test_model');
    expect(info.hasExplanations).toBe(true);
    expect(info.defaults.Income).toBe(50000);
    const r = await svc.scoreOne(lead);
    if (!r.ok) throw new Error('expected ok');
    expect(r.lead.rawProbability).toBeCloseTo(0.5, 6);
    expect(r.lead.score).toBeCloseTo(0.4, 6); // isotonic x=0.5 → 0.4
    expect(r.lead.predicted).toBe(0);
    expect(r.lead.decile).toBe(6);
    expect(r.values.Gender).toBe('Female');
    expect(r.defaultsUsed).toEqual(['Income']);
    const ex = r.explanation!;
    expect(ex.total).toBeCloseTo(2, 9); // Age 50 ≥ 30, Gender=Female 1 ≥ 0.5 → leaf 2
    const sum = ex.factors.reduce((s, f) => s + f.contribution, ex.base);
    expect(sum).toBeCloseTo(ex.total, 9);
    expect(ex.factors.map((f) => f.key).slice(0, 2).sort()).toEqual(['Age', 'Gender']);
    expect(ex.factors.find((f) => f.key === 'EngagementScore')?.kind).toBe('derived');
    expect(r.cluster.rows.map((x) => x.feature)).toEqual(['EngagementScore', 'Age']);
    expect(r.cluster.rows[1].value).toBe(50);
    await svc.scoreOne(lead);
    await svc.init(urls);
    expect(sessions()).toBe(1);
    expect(fetched.filter((u) => u.endsWith('.onnx'))).toHaveLength(1);
  });

  it('applies the chosen threshold scenario, falling back to the card active one', async () => {
    const { svc } = await setup();
    await svc.init(urls);
    const hi = await svc.scoreOne({ ...lead, Age: '90' }, { scenario: 'high_precision' });
    if (!hi.ok) throw new Error('expected ok');
    expect(hi.scenario).toBe('high_precision');
    expect(hi.threshold).toBe(0.8);
    expect(hi.lead.score).toBeCloseTo(0.5375, 6); // Age clipped to 60 → p 0.6 → isotonic 0.5375
    expect(hi.lead.predicted).toBe(0);
    const bf = await svc.scoreOne({ ...lead, Age: '90' });
    expect(bf.ok && [bf.scenario, bf.lead.predicted]).toEqual(['best_f1', 1]);
    const fb = await svc.scoreOne(lead, { scenario: 'high_recall' });
    expect(fb.ok && fb.scenario).toBe('best_f1');
    const many = await svc.scoreMany([hi.values, hi.values], { scenario: 'high_precision' });
    expect(many.map((m) => m.predicted)).toEqual([0, 0]);
    expect((await svc.scoreMany([hi.values])).map((m) => m.predicted)).toEqual([1]);
    const cols = await svc.scoreColumns([hi.values, hi.values], { scenario: 'high_precision' });
    expect(cols.score[0]).toBeCloseTo(0.5375, 6);
    expect(Array.from(cols.predicted)).toEqual([0, 0]);
    expect(cols.segment[0]).toBe(1); // decile 5 → Medium
  });

  it('returns validation errors naming the field and rule', async () => {
    const { svc } = await setup();
    await svc.init(urls);
    const r = await svc.scoreOne({ ...lead, Age: '7', WebsiteVisits: 'lots', TimeOnSite: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.column, e.reason.code])).toEqual([
      ['Age', 'out_of_range'], ['WebsiteVisits', 'not_a_number'], ['TimeOnSite', 'missing_required'],
    ]);
  });

  it('refuses a model whose bytes do not match the card, and retries later', async () => {
    const { svc } = await setup({ onnx: new TextEncoder().encode('abd') });
    await expect(svc.init(urls)).rejects.toThrow(/\[checksum_mismatch\]/);
    await expect(svc.scoreOne(lead)).rejects.toThrow(/not initialised/);
  });

  it('reports a missing index clearly', async () => {
    const { svc } = await setup();
    await expect(svc.init({ index: `${BASE}missing.json`, modelsBase: BASE })).rejects.toThrow(/\[fetch_failed\].*404/);
  });

  it('works without trees (no explanation)', async () => {
    const { svc } = await setup({ trees: false });
    const info = await svc.init(urls);
    expect(info.hasExplanations).toBe(false);
    const r = await svc.scoreOne(lead);
    expect(r.ok && r.explanation).toBeUndefined();
  });
});

describe('helpers', () => {
  it('pure-JS sha256 matches WebCrypto', async () => {
    for (const s of ['', 'abc', 'x'.repeat(1000)]) {
      const b = new TextEncoder().encode(s);
      expect(sha256HexSync(b)).toBe(await sha256Hex(b));
    }
  });
  it('form defaults use card defaults then training medians', () => {
    const d = formDefaults(sampleCard());
    expect(d).toMatchObject({ CustomerID: '', Income: 50000, Gender: null, WebsiteVisits: 5, TimeOnSite: 3.5 });
  });
});
