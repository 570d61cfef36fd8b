/**
 * The Node ModelRunner: onnxruntime-node behind the same seam the browser worker fills with
 * onnxruntime-web, so the CLI exercises exactly the shared core pipeline.
 */
import * as ort from 'onnxruntime-node';
import type { ModelCard } from '../core/card/types';
import type { ModelRunner } from '../core/score';

export interface OrtRunner extends ModelRunner {
  release(): Promise<void>;
}

/**
 * `threads` defaults to 1: ORT's tree ensembles sum trees in a different order when they parallelise
 * a small batch over trees, and we want a lead's score to be bit-identical however it was batched.
 */
export async function createOrtRunner(card: ModelCard, modelBytes: Uint8Array, opts: { threads?: number } = {}): Promise<OrtRunner> {
  const session = await ort.InferenceSession.create(modelBytes, {
    intraOpNumThreads: opts.threads ?? 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
  const { inputName, probabilityOutput } = card.onnx;
  if (!session.inputNames.includes(inputName)) throw new Error(`ONNX model has no input "${inputName}" (has ${session.inputNames.join(', ')})`);
  if (!session.outputNames.includes(probabilityOutput)) throw new Error(`ONNX model has no output "${probabilityOutput}" (has ${session.outputNames.join(', ')})`);
  return {
    async run(x, rows, cols) {
      const out = await session.run({ [inputName]: new ort.Tensor('float32', x, [rows, cols]) }, [probabilityOutput]);
      const t = out[probabilityOutput];
      const data = t.data as Float32Array;
      if (t.dims.length !== 2 || t.dims[0] !== rows || t.dims[1] !== 2) throw new Error(`Unexpected model output shape [${t.dims.join(', ')}]`);
      const p = new Float32Array(rows);
      for (let i = 0; i < rows; i++) p[i] = data[i * 2 + 1];
      return p;
    },
    release: () => session.release(),
  };
}
