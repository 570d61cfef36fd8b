// npm run bench:forecast — the customer engine on Fader & Hardie's CDNOW_master.txt (23,570 clients, 69,659
// order lines). For as-of dates 1997-06-30, 1997-09-30 and 1997-12-31 (features from data before the date;
// label-trained models train on the previous month-end) it prints, per model, R², MSE, MAE and predicted/actual
// total of next-30-day spend, and ROC AUC, PR AUC, Brier and log loss of P(buy within 14 days), measured on
// what really happened in the 30/14 days after the date; the model the engine chose by its own backtest; the
// issue's targets; and the wall and CPU time of import + fit + predict. Then the same on a synthetic ~1M-line
// book (CDNOW's lines repeated under 15 id prefixes). Baselines: the naive model ("same as the last 30 days")
// in the tables, and a SciPy BG/NBD fit of the same (x, t_x, T) when /usr/bin/python3 has SciPy.
// Speed before/after in the same run: the engine of --before <git ref> (default: where this branch left main,
// `git merge-base HEAD main`; `--before none` skips it) is extracted to a temp dir and timed alternately with
// this tree's on the same book, with CPU time beside wall time (the machine is shared), and their outputs are
// compared bit for bit. Beside R² (1 − SSE/SST, sklearn's r2_score, what the targets and the engine use) each
// sales model also gets the squared Pearson correlation of its predictions with actual spend: another common
// convention, printed for information only (it ignores bias and scale, so it is never used to call a target met).
// Prints figures; asserts nothing. Flags: --file path  --no-big  --no-python  --before ref|none
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrders } from '../../src/cli/forecast-read.ts';
import { prepareCustomerData } from '../../src/core/customers/customer-data.ts';
import { epochDay, isoDay } from '../../src/core/customers/days.ts';
import { pointInTimeFeatures, windowTargets } from '../../src/core/customers/features.ts';
import { buildOrderBook } from '../../src/core/customers/order-book.ts';
import { purchaseMetrics, salesMetrics } from '../../src/core/forecast/backtest.ts';
import { runForecast } from '../../src/core/forecast/engine.ts';
import { loadEngineAt, sameOutput, timeEngines } from './forecast-before.mjs';

const args = process.argv.slice(2);
const FILE = args.includes('--file') ? args[args.indexOf('--file') + 1] : new URL('../../../shared/data/cdnow/CDNOW_master.txt', import.meta.url).pathname;
if (!existsSync(FILE)) throw new Error(`${FILE} not found (pass --file path/to/CDNOW_master.txt)`);
const path = FILE;
const TODAY = epochDay(2100, 1, 1);
const TARGETS = { '1997-06-30': { r2: 0.2, auc: 0.77 }, '1997-09-30': { r2: 0.32, auc: 0.79 }, '1997-12-31': { r2: 0.18, auc: 0.82 } };

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const beforeRef = args.includes('--before') ? args[args.indexOf('--before') + 1] : 'merge-base';
/** The --before engine, or undefined (with a note) when that commit cannot be found, e.g. in a clone without `main`. */
async function beforeEngine() {
  if (beforeRef === 'none') return undefined;
  try {
    return await loadEngineAt(beforeRef === 'merge-base' ? execSync('git merge-base HEAD main', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() : beforeRef);
  } catch (e) {
    console.log(`(no before/after comparison: ${beforeRef} not available: ${String(e.message).split('\n')[0]})`);
    return undefined;
  }
}
const before = await beforeEngine();
const after = { name: 'this tree', readOrders, buildOrderBook, runForecast };

/** Squared Pearson correlation of a and b (information only; see the header). */
function pearson2(a, b) {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) { ma += a[i]; mb += b[i]; }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) ** 2; sbb += (b[i] - mb) ** 2; }
  return saa > 0 && sbb > 0 ? (sab * sab) / (saa * sbb) : NaN;
}
const f = (v, d = 4) => (v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(d));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function importText(text) {
  const r = readOrders(text, TODAY);
  return { book: buildOrderBook(r.values), errors: r.errors.length, lines: r.values.length };
}

async function timed(fn) {
  const w = performance.now();
  const c = cpuMs();
  const value = await fn();
  return { value, wall: (performance.now() - w) / 1000, cpu: (cpuMs() - c) / 1000 };
}

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other processes inflate wall-clock figures; CPU time is printed beside them)`);
const text = readFileSync(path, 'utf8');
const imp = await timed(() => importText(text));
const { book } = imp.value;
console.log(`${path}: ${imp.value.lines} order lines, ${book.clientIds.length} clients, ${imp.value.errors} invalid; import ${f(imp.wall, 2)} s wall, ${f(imp.cpu, 2)} s CPU\n`);
const data = prepareCustomerData(book);
const summary = [];

for (const asOf of Object.keys(TARGETS)) {
  const A = epochDay(+asOf.slice(0, 4), +asOf.slice(5, 7), +asOf.slice(8, 10));
  const run = await timed(() => runForecast(book, undefined, undefined, { asOfDay: A, trainedAt: '2000-01-01T00:00:00.000Z' }));
  const r = run.value;
  const frame = pointInTimeFeatures(data, A);
  const truth = windowTargets(data, frame.clients, A);
  const s = r.selection;
  console.log(`== as of ${asOf}: ${frame.clients.length} clients; label models trained at ${isoDay(r.trainCutoffDay)}; backtest scored on the month from ${isoDay(r.trainCutoffDay)}`);
  console.log(`   next-30-day spend (actual total ${f(truth.spend30.reduce((a, b) => a + b, 0), 0)})`);
  console.log(`   ${pad('model', 28)} ${lpad('R²', 8)} ${lpad('MSE', 9)} ${lpad('MAE', 7)} ${lpad('pred/actual', 12)}   backtest R²   Pearson r² (info)`);
  const rows = {};
  const buyRows = {};
  for (const c of s.sales.candidates) {
    const m = salesMetrics(truth.spend30, r.predictionsByModel[c.modelId]);
    rows[c.kind] = m;
    m.pearson2 = pearson2(truth.spend30, r.predictionsByModel[c.modelId]);
    console.log(`${c.modelId === s.sales.chosenId ? ' * ' : '   '}${pad(c.modelId, 28)} ${lpad(f(m.r2), 8)} ${lpad(f(m.mse, 1), 9)} ${lpad(f(m.mae, 2), 7)} ${lpad(f(m.predictedTotal / m.actualTotal, 3), 12)}   ${lpad(f(c.backtest?.r2), 11)}   ${lpad(f(m.pearson2), 8)}`);
  }
  console.log(`   14-day purchase (base rate ${f(truth.buy14.reduce((a, b) => a + b, 0) / truth.buy14.length, 4)})`);
  console.log(`   ${pad('model', 28)} ${lpad('ROC AUC', 8)} ${lpad('PR AUC', 8)} ${lpad('Brier', 8)} ${lpad('log loss', 9)}   backtest log loss`);
  for (const c of s.purchase.candidates) {
    const m = purchaseMetrics(truth.buy14, r.predictionsByModel[c.modelId]);
    buyRows[c.kind] = m;
    console.log(`${c.modelId === s.purchase.chosenId ? ' * ' : '   '}${pad(c.modelId, 28)} ${lpad(f(m.rocAuc), 8)} ${lpad(f(m.prAuc), 8)} ${lpad(f(m.brier), 8)} ${lpad(f(m.logLoss), 9)}   ${f(c.backtest?.logLoss)}`);
  }
  const chosenSales = rows[s.sales.chosenKind];
  const chosenBuy = buyRows[s.purchase.chosenKind];
  const t = TARGETS[asOf];
  const llOk = chosenBuy.logLoss <= buyRows.bgnbd.logLoss + 1e-12;
  console.log(`   targets: chosen sales R² ${f(chosenSales.r2)} ≥ ${t.r2} ${chosenSales.r2 >= t.r2 ? 'met' : 'MISSED'}; chosen 14-day ROC AUC ${f(chosenBuy.rocAuc)} ≥ ${t.auc} ${chosenBuy.rocAuc >= t.auc ? 'met' : 'MISSED'}; log loss ${f(chosenBuy.logLoss)} vs BG/NBD ${f(buyRows.bgnbd.logLoss)} ${llOk ? 'met' : 'MISSED'}`);
  console.log(`   at threshold ${r.threshold}: ${r.flagged} clients flagged; backtest best-F1 threshold ${f(s.purchase.thresholdReport?.bestF1Threshold, 3)} (F1 ${f(s.purchase.thresholdReport?.bestF1, 3)})`);
  console.log(`   chosen sales model: R² ${f(chosenSales.r2)} (the target's convention); squared Pearson correlation ${f(chosenSales.pearson2)} (information only)`);
  console.log(`   time: import + fit + predict = ${f(imp.wall + run.wall, 2)} s wall (${f(imp.cpu + run.cpu, 2)} s CPU); engine alone ${f(run.wall, 2)} s wall, ${f(run.cpu, 2)} s CPU`);
  if (before) await beforeAfter(text, A);
  console.log('');
  summary.push({ asOf, frame, r, A });
}

/** Import + engine of the --before tree and of this tree on the same text, alternating, with the outputs compared. */
async function beforeAfter(bookText, A) {
  const t = await timeEngines([before, after], bookText, A, TODAY);
  for (const e of t) {
    const steps = Object.entries(e.timing).map(([k, v]) => `${k} ${f(v / 1000, 2)}`).join(', ');
    console.log(`   ${pad(e.name, 24)} import ${f(e.importWall, 2)} s wall / ${f(e.importCpu, 2)} s CPU, engine ${f(e.engineWall, 2)} s wall / ${f(e.engineCpu, 2)} s CPU${steps ? ` (CPU s: ${steps})` : ''}`);
  }
  console.log(`   speed-up (CPU, import + engine): ${f((t[0].importCpu + t[0].engineCpu) / (t[1].importCpu + t[1].engineCpu), 2)}×; outputs (forecasts, every candidate's predictions, selection, cards) ${sameOutput(t[0].result, t[1].result) ? 'identical bit for bit' : 'DIFFER'}`);
}

if (!args.includes('--no-python') && spawnSync('/usr/bin/python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0) {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-fc-'));
  try {
    for (const { asOf, frame, r } of summary) {
      const buyers = Array.from(frame.T, (T, i) => [frame.x[i], frame.tx[i], T]).filter((v) => v[2] > 0);
      writeFileSync(join(dir, 'rfm.csv'), buyers.map((v) => v.join(',')).join('\n'));
      const py = spawnSync('/usr/bin/python3', [new URL('./forecast-python.py', import.meta.url).pathname, join(dir, 'rfm.csv')], { encoding: 'utf8' });
      const ours = r.models.find((m) => m.kind === 'bgnbd-gg');
      const p = ours.params.bgnbd;
      console.log(`SciPy BG/NBD baseline, as of ${asOf}: ${py.stdout.trim() || py.stderr.trim()}`);
      console.log(`   LeadLens BG/NBD:               r ${f(p.r)} alpha ${f(p.alpha)} a ${f(p.a)} b ${f(p.b)} LL ${f(ours.metrics.logLik, 3)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!args.includes('--no-big')) {
  const body = text.split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  const copies = Math.ceil(1_000_000 / body.length);
  const big = [' customer_id date number_of_cds dollar_value'];
  for (let k = 0; k < copies; k++) for (const l of body) big.push(`${k}${l.trimStart()}`);
  const bigText = big.join('\n');
  const bi = await timed(() => importText(bigText));
  const A = epochDay(1997, 12, 31);
  const br = await timed(() => runForecast(bi.value.book, undefined, undefined, { asOfDay: A }));
  console.log(`synthetic book: ${bi.value.lines.toLocaleString('en-US')} order lines, ${bi.value.book.clientIds.length.toLocaleString('en-US')} clients (CDNOW × ${copies}), as of 1997-12-31`);
  console.log(`   import ${f(bi.wall, 2)} s + fit/predict ${f(br.wall, 2)} s = ${f(bi.wall + br.wall, 2)} s wall (${f(bi.cpu + br.cpu, 2)} s CPU); chosen ${br.value.selection.sales.chosenId}, ${br.value.selection.purchase.chosenId}`);
  if (before) await beforeAfter(bigText, A);
}
