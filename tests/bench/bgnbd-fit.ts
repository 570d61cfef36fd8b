// BG/NBD fit speed on CDNOW_master (23,570 customers), run with `node --import tsx tests/bench/bgnbd-fit.ts`:
// prints wall times of our fit (analytic gradient, as shipped), the same optimiser with numeric gradients,
// and a numpy + scipy fit written like the Python package lifetimes (tests/bench/bgnbd_fit.py) as the fair
// baseline, each with the parameters and log-likelihood it reached; also the Gamma-Gamma fit on the repeat
// buyers and vectorised prediction for everyone.
// Calibration ends 1997-09-30 (39 weeks) and 1998-06-30 (all 78 weeks). Prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bgnbdPredict, fitBgNbd, type BgNbdFit, type BgNbdParams, type Rfm } from '../../src/core/forecast/bgnbd';
import { fitGammaGamma } from '../../src/core/forecast/gamma-gamma';
import { readCdnow } from '../fixtures/forecast/cdnow';

const fmt = (f: { params: BgNbdParams; logLik: number }): string =>
  `r=${f.params.r.toFixed(4)} α=${f.params.alpha.toFixed(4)} a=${f.params.a.toFixed(4)} b=${f.params.b.toFixed(4)} LL=${f.logLik.toFixed(2)}`;

function timeIt<T>(fn: () => T, reps = 3): { value: T; ms: number } {
  let value = fn(); // warm-up
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { value, ms: best };
}

function python(rfm: Rfm): string {
  const dir = mkdtempSync(join(tmpdir(), 'bgnbd-'));
  try {
    const file = join(dir, 'rfm.tsv');
    writeFileSync(file, Array.from(rfm.x, (x, i) => `${x}\t${rfm.tx[i]}\t${rfm.T[i]}`).join('\n'));
    const out = spawnSync('/usr/bin/python3', ['tests/bench/bgnbd_fit.py', file], { encoding: 'utf8' });
    if (out.status !== 0) return `not run (${out.stderr.trim().split('\n').pop() ?? out.error?.message})`;
    const r = JSON.parse(out.stdout) as { r: number; alpha: number; a: number; b: number; logLik: number; seconds: number; evaluations: number };
    return `${(r.seconds * 1000).toFixed(0)} ms, ${r.evaluations} evaluations  ${fmt({ params: r, logLik: r.logLik })}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`BG/NBD fit on CDNOW_master — ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, Node ${process.version}`);
for (const calEnd of ['19970930', '19980630']) {
  const t0 = performance.now();
  const { rfm, mbar } = readCdnow('CDNOW_master.txt', calEnd);
  const readMs = performance.now() - t0;
  console.log(`\ncalibration to ${calEnd}: ${rfm.x.length} customers (file read + summary ${readMs.toFixed(0)} ms)`);
  const ours = timeIt(() => fitBgNbd(rfm));
  const numeric = timeIt(() => fitBgNbd(rfm, { gradient: undefined }), 1);
  const pred = timeIt(() => bgnbdPredict(ours.value.params, rfm, 30 / 7));
  const line = (name: string, r: { value: BgNbdFit; ms: number }): string =>
    `  ${name.padEnd(44)} ${r.ms.toFixed(0).padStart(5)} ms, ${r.value.evaluations} evaluations  ${fmt(r.value)}`;
  console.log(line('ours (analytic gradient, shipped)', ours));
  console.log(line('ours with numeric gradients', numeric));
  console.log(`  ${'numpy + scipy Nelder-Mead (lifetimes-style)'.padEnd(44)} ${python(rfm)}`);
  const gg = timeIt(() => fitGammaGamma(rfm.x, mbar));
  const gp = gg.value.params;
  console.log(`  ${`Gamma-Gamma fit (${gg.value.n} repeat buyers)`.padEnd(44)} ${gg.ms.toFixed(0).padStart(5)} ms  p=${gp.p.toFixed(3)} q=${gp.q.toFixed(3)} γ=${gp.gamma.toFixed(3)}`);
  console.log(`  ${'predict 30 days for everyone'.padEnd(44)} ${pred.ms.toFixed(0).padStart(5)} ms (expected, P(alive), P(any))`);
}
