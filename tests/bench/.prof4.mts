import { readFileSync } from 'node:fs';
import { parseCard } from '../../src/core/card/load';
import { buildChunk } from '../../src/core/csv/chunk-build';
import { matchColumns } from '../../src/core/columns';
import { CsvStreamParser } from '../../src/core/csv/stream-parser';
import { Sha256Stream } from '../../src/core/csv/sha256-stream';
import Papa from 'papaparse';
const card = parseCard(JSON.parse(readFileSync('/work/main/models/artifacts/conv-xgb-1.card.json', 'utf8')));
const text = readFileSync('/tmp/g1k.csv', 'utf8');
const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
const headers = rows.shift()!;
const m = matchColumns(headers, card);
let big: string[][] = [];
for (let i = 0; i < 25; i++) big = big.concat(rows);
const b = buildChunk({ card, mapping: m.mapping, labelColumn: -1, decimalComma: false }, big, 1);
const cpu = (f: () => void | Promise<void>) => async (label: string, n: number) => { const c0 = process.cpuUsage(); await f(); const cu = process.cpuUsage(c0); console.log(label, ((cu.user + cu.system) / n).toFixed(2), 'cpu µs/row'); };
const bigText = headers.join(',') + '\n' + text.split('\n').slice(1).join('\n').repeat(25);
const bytes = new TextEncoder().encode(bigText);
for (let k = 0; k < 2; k++) {
  await cpu(() => { new Sha256Stream().update(bytes).hex(); })('sha256', 25000);
  await cpu(() => { const d = new TextDecoder(); let n = 0; const p = new CsvStreamParser({ delimiter: ',', onRows: (r) => { n += r.length; } }); for (let o = 0; o < bytes.length; o += 1 << 20) p.push(d.decode(bytes.subarray(o, o + (1 << 20)), { stream: true })); p.end(); })('decode+parse', 25000);
}
const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
const s = await ort.InferenceSession.create(readFileSync('/work/main/models/artifacts/conv-xgb-1.onnx'), { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
const F = card.features.length;
for (const bs of [25000, 4096, 1024, 256]) {
  await cpu(async () => {
    for (let o = 0; o < b.inputs.n; o += bs) {
      const n = Math.min(bs, b.inputs.n - o);
      await s.run({ [card.onnx.inputName]: new ort.Tensor('float32', b.features.slice(o * F, (o + n) * F), [n, F]) }, [card.onnx.probabilityOutput]);
    }
  })('ort bs ' + bs, b.inputs.n);
}
