// Runs an ONNX model with onnxruntime-node for the Python parity tests (no python onnxruntime here).
// Usage: node ort_run.mjs model.onnx input.f32 rows cols output.f32 — writes the [N, 2] probabilities.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../../package.json'));
const ort = require('onnxruntime-node');

const [model, input, rows, cols, output] = process.argv.slice(2);
const buf = readFileSync(input);
const x = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
const session = await ort.InferenceSession.create(model);
const feeds = { input: new ort.Tensor('float32', x, [Number(rows), Number(cols)]) };
const out = await session.run(feeds, ['probabilities']);
const p = out.probabilities.data;
writeFileSync(output, Buffer.from(new Float32Array(p).buffer));
