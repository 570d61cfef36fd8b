/**
 * The core's ModelRunner backed by an ONNX Runtime session. Typed structurally so the same class runs
 * on onnxruntime-web in the worker and onnxruntime-node in unit tests. One session per model, created
 * once; each call only wraps the feature matrix in a tensor (no fetch, no re-initialisation).
 */
import type { ModelCard } from '../../core/card/types';
import type { ModelRunner } from '../../core/score';

export interface OrtTensorLike { data: unknown; dims: readonly number[]; dispose?: () => void }
export interface OrtSessionLike {
  run(feeds: Record<string, OrtTensorLike>, fetches?: readonly string[]): Promise<Record<string, OrtTensorLike>>;
  release?(): Promise<void>;
}
/** The part of `onnxruntime-web` / `onnxruntime-node` we use. */
export interface OrtModuleLike {
  env: { wasm?: { numThreads?: number; proxy?: boolean } };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => OrtTensorLike;
  InferenceSession: { create(bytes: Uint8Array, opts?: Record<string, unknown>): Promise<OrtSessionLike> };
}

export class OrtRunner implements ModelRunner {
  private constructor(
    private readonly ort: OrtModuleLike,
    private readonly session: OrtSessionLike,
    private readonly inputName: string,
    private readonly outputName: string,
  ) {}

  /** Creates the session from verified bytes; `threads` applies to the wasm backend only. */
  static async create(ort: OrtModuleLike, bytes: Uint8Array, card: ModelCard, threads: number, wasm: boolean): Promise<OrtRunner> {
    if (ort.env.wasm) {
      ort.env.wasm.numThreads = threads;
      ort.env.wasm.proxy = false;
    }
    let session: OrtSessionLike;
    try {
      session = await ort.InferenceSession.create(bytes, {
        ...(wasm ? { executionProviders: ['wasm'] } : {}),
        graphOptimizationLevel: 'all',
      });
    } catch (e) {
      throw new Error(`[bad_model] ONNX Runtime could not load ${card.onnx.file}: ${(e as Error).message}`);
    }
    return new OrtRunner(ort, session, card.onnx.inputName, card.onnx.probabilityOutput);
  }

  async run(x: Float32Array, rows: number, cols: number): Promise<Float32Array> {
    const input = new this.ort.Tensor('float32', x, [rows, cols]);
    const out = await this.session.run({ [this.inputName]: input }, [this.outputName]);
    const t = out[this.outputName];
    const data = t.data as Float32Array | Float64Array;
    const width = t.dims.length === 2 ? t.dims[1] : 1;
    const p = new Float32Array(rows);
    // [N, 2] → column 1 is P(class 1); a [N] or [N, 1] output is P(class 1) already.
    for (let i = 0; i < rows; i++) p[i] = width === 2 ? data[i * 2 + 1] : data[i * width];
    input.dispose?.();
    t.dispose?.();
    return p;
  }
}
