/**
 * Loads the ONNX model inside a batch worker (fetch → sha256 check against the card → onnxruntime-web
 * wasm, 1 thread unless cross-origin isolated) and wraps it so a chunk is scored in sub-batches of
 * 4096 rows (measured slightly faster than one 25k-row call, and it bounds ORT's scratch memory).
 * A registry model (browser-trained or imported, active) is scored from its stored weights instead.
 * Both batch workers use it: the parse worker steals inference work whenever the store worker is behind.
 */
import type { ModelCard } from '../../core/card/types';
import type { ModelRunner } from '../../core/score';
import { OrtRunner, type OrtModuleLike } from '../scoring/ort-runner';
import { sha256Hex } from '../scoring/sha256';
import { loadStored } from '../scoring/stored';
import type { StoredScoringModel } from '../../bridge/contracts';

const SUB_BATCH = 4096;

export async function loadBatchRunner(url: string, card: ModelCard, stored?: StoredScoringModel): Promise<ModelRunner> {
  if (stored) return (await loadStored(stored)).runner; // the active registry model (checksum re-verified)
  const res = await fetch(url);
  if (!res.ok) throw new Error(`[fetch_failed] ${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if ((await sha256Hex(bytes)) !== card.onnx.sha256.toLowerCase()) throw new Error(`[checksum_mismatch] ${url} does not match the model card`);
  const ort = (await import('onnxruntime-web/wasm')) as unknown as OrtModuleLike;
  const inner = await OrtRunner.create(ort, bytes, card, self.crossOriginIsolated ? 2 : 1, true);
  return {
    async run(x, rows, cols) {
      if (rows <= SUB_BATCH) return inner.run(x, rows, cols);
      const out = new Float32Array(rows);
      for (let o = 0; o < rows; o += SUB_BATCH) {
        const n = Math.min(SUB_BATCH, rows - o);
        out.set(await inner.run(x.subarray(o * cols, (o + n) * cols), n, cols), o);
      }
      return out;
    },
  };
}
