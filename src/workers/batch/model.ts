/**
 * Loads the model inside a batch worker. ONNX Runtime (fetch → sha256 check against the card →
 * onnxruntime-web wasm, 1 thread unless cross-origin isolated) is always loaded: it is the reference. For a
 * depth-1 logit tree ensemble (the XGBoost champion) the card's trees.json is fetched too, checked against
 * the card, and compiled (core/batch/additive-model.ts); the compiled evaluator then scores chunks, after
 * its first chunk was checked row by row against ONNX Runtime (any row off by more than 1e-6, and the worker
 * stays on ONNX for the run). Any other model — linear, deeper trees, a model without trees.json, one that
 * fails to compile — runs on ONNX Runtime as before. ONNX calls go in sub-batches of 4096 rows (measured
 * slightly faster than one 25k-row call, and it bounds ORT's scratch memory). A registry model (browser-trained
 * or imported, active) is scored from its stored weights instead (checksum re-verified). Both batch workers
 * use it.
 */
import type { ModelCard } from '../../core/card/types';
import type { ModelRunner } from '../../core/score';
import { loadTrees } from '../../core/treeshap';
import { compileAdditive, type AdditiveModel } from '../../core/batch/additive-model';
import { OrtRunner, type OrtModuleLike } from '../scoring/ort-runner';
import { sha256Hex } from '../scoring/sha256';
import { loadStored } from '../scoring/stored';
import type { StoredScoringModel } from '../../bridge/contracts';

const SUB_BATCH = 4096;
/** Largest |compiled − ONNX| accepted on the first chunk (the tolerance). */
export const COMPILED_TOLERANCE = 1e-6;

export interface BatchRunner extends ModelRunner {
  /** 'compiled' while the compiled evaluator scores, 'onnx' otherwise (bench and stats show it). */
  readonly kind: () => 'compiled' | 'onnx' | 'stored';
}

async function verifiedBytes(url: string, sha256: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`[fetch_failed] ${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if ((await sha256Hex(bytes)) !== sha256.toLowerCase()) throw new Error(`[checksum_mismatch] ${url} does not match the model card`);
  return bytes;
}

/** The compiled evaluator for this card, or undefined (not a logit stump ensemble, or trees.json unusable). */
async function loadCompiled(url: string, card: ModelCard): Promise<AdditiveModel | undefined> {
  if (!card.explain || card.explain.margin !== 'logit' || card.onnx.kind !== 'tree_ensemble') return undefined;
  try {
    const bytes = await verifiedBytes(new URL(card.explain.file, url).href, card.explain.sha256);
    return compileAdditive(loadTrees(JSON.parse(new TextDecoder().decode(bytes))));
  } catch {
    return undefined;
  }
}

export async function loadBatchRunner(url: string, card: ModelCard, stored?: StoredScoringModel): Promise<BatchRunner> {
  if (stored) {
    const { runner } = await loadStored(stored); // the active registry model (checksum re-verified)
    return { kind: () => 'stored', run: (x, rows, cols) => runner.run(x, rows, cols) };
  }
  const [bytes, compiledModel] = await Promise.all([verifiedBytes(url, card.onnx.sha256), loadCompiled(url, card)]);
  const ort = (await import('onnxruntime-web/wasm')) as unknown as OrtModuleLike;
  const inner = await OrtRunner.create(ort, bytes, card, self.crossOriginIsolated ? 2 : 1, true);
  const onnx = async (x: Float32Array, rows: number, cols: number): Promise<Float32Array> => {
    if (rows <= SUB_BATCH) return inner.run(x, rows, cols);
    const out = new Float32Array(rows);
    for (let o = 0; o < rows; o += SUB_BATCH) {
      const n = Math.min(SUB_BATCH, rows - o);
      out.set(await inner.run(x.subarray(o * cols, (o + n) * cols), n, cols), o);
    }
    return out;
  };
  let compiled = compiledModel;
  let checked = false;
  return {
    kind: () => (compiled ? 'compiled' : 'onnx'),
    async run(x, rows, cols) {
      if (!compiled) return onnx(x, rows, cols);
      const p = compiled.probabilities(x, rows, cols);
      let nan = false;
      for (let i = 0; i < rows && !nan; i++) nan = p[i] !== p[i];
      if (nan) return onnx(x, rows, cols);
      if (!checked) {
        const ref = await onnx(x, rows, cols);
        for (let i = 0; i < rows; i++) if (!(Math.abs(ref[i] - p[i]) <= COMPILED_TOLERANCE)) compiled = undefined;
        checked = rows > 0;
        return ref;
      }
      return p;
    },
  };
}
