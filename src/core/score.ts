/**
 * The one scoring pipeline shared by the browser worker and the Node CLI: validated leads →
 * feature matrix → model (behind the ModelRunner seam: onnxruntime-web or -node) → calibrated
 * score, decision, decile, segment and cluster. Also verifies model bytes against the card.
 */
import type { ModelCard } from './card/types';
import type { LeadValues, ScoredLead } from './lead';
import { featureMatrix } from './features';
import { assignCluster, calibrate, decile, decision, tier, type Locale } from './decide';

export interface ModelRunner {
  /** x is row-major rows×cols float32; resolves to P(class 1) per row. */
  run(x: Float32Array, rows: number, cols: number): Promise<Float32Array>;
}

export interface ScoreOptions {
  locale?: Locale;
  /** Rows per runner call (bounded memory for large files); results do not depend on it. */
  batchSize?: number;
}

/** Post-model part of the pipeline for one row: from raw P(class 1) to the ScoredLead. */
export function decideRow(card: ModelCard, values: LeadValues, row: ArrayLike<number>, rawProbability: number, locale: Locale = 'en'): ScoredLead {
  const score = calibrate(card, rawProbability);
  const dec = decile(card, score);
  const cl = assignCluster(card, values, { row, locale });
  return {
    rawProbability,
    score,
    predicted: decision(card, score),
    decile: dec,
    segment: tier(card, score, dec),
    cluster: cl.index,
    clusterName: cl.name,
  };
}

export async function scoreRows(card: ModelCard, runner: ModelRunner, rows: readonly LeadValues[], opts: ScoreOptions = {}): Promise<ScoredLead[]> {
  const F = card.features.length;
  const batch = opts.batchSize ?? 8192;
  const out: ScoredLead[] = [];
  for (let start = 0; start < rows.length; start += batch) {
    const part = rows.slice(start, start + batch);
    const x = featureMatrix(card, part);
    const p = await runner.run(x, part.length, F);
    if (p.length !== part.length) throw new Error(`Model returned ${p.length} probabilities for ${part.length} rows`);
    part.forEach((v, i) => out.push(decideRow(card, v, x.subarray(i * F, (i + 1) * F), p[i], opts.locale)));
  }
  return out;
}

interface SubtleLike {
  digest(algorithm: string, data: ArrayBuffer | ArrayBufferView): Promise<ArrayBuffer>;
}

/** Lower-case hex SHA-256 via WebCrypto (page, worker and Node ≥ 20 all expose crypto.subtle). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available: cannot verify the model');
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Throws when the ONNX bytes are not the file the card describes (stale cache, wrong download). */
export async function verifyModelBytes(card: ModelCard, bytes: ArrayBuffer | Uint8Array, expected = card.onnx.sha256): Promise<void> {
  const got = await sha256Hex(bytes);
  if (got !== expected.toLowerCase()) {
    throw new Error(`Model file ${card.onnx.file} does not match its card (${card.modelId}): sha256 ${got}, expected ${expected}`);
  }
}
