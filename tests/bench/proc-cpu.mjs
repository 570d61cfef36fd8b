// CPU seconds of the browser a benchmark launched, read from /proc (Linux): on a loaded shared machine the
// wall-clock time of a step says more about the other processes than about ours, while CPU time does not.
// Sums every thread of every Chromium process descended from this Node process (Chromium's browser, renderer, GPU and
// utility processes), and splits out the page (a renderer process's main thread), dedicated workers (threads
// named "DedicatedWorker") and WebCrypto's thread, then the busiest other threads by process kind and name
// (V8's background compiler and GC threads run in the renderer's thread pool; IndexedDB in the browser
// process). Returns undefined off Linux.
import { readdirSync, readFileSync } from 'node:fs';

const TICK = 100; // USER_HZ: clock ticks per second on Linux (getconf CLK_TCK)

function stat(path) {
  try {
    const s = readFileSync(path, 'utf8');
    const close = s.lastIndexOf(')');
    const name = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' '); // f[0] = state, f[1] = ppid, f[11] = utime, f[12] = stime
    return { name, ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return undefined; // the process or thread ended meanwhile
  }
}

/** { total, page, workers, crypto } CPU seconds so far of this process's descendants, or undefined without /proc. */
export function browserCpu() {
  let pids;
  try { pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return undefined; }
  const parent = new Map();
  for (const pid of pids) { const s = stat(`/proc/${pid}/stat`); if (s) parent.set(Number(pid), s.ppid); }
  const mine = (pid) => { for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true; return false; };
  const out = { total: 0, page: 0, workers: 0, crypto: 0, byName: {} };
  for (const pid of parent.keys()) {
    if (!mine(pid)) continue;
    let tids = [];
    let renderer = false;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd.split('\0')[0])) continue; // e.g. the static server or a Node baseline
      tids = readdirSync(`/proc/${pid}/task`);
      renderer = cmd.includes('--type=renderer');
    } catch { continue; }
    for (const tid of tids) {
      const s = stat(`/proc/${pid}/task/${tid}/stat`);
      if (!s) continue;
      out.total += s.ticks / TICK;
      if (renderer && Number(tid) === pid) out.page += s.ticks / TICK;
      else if (s.name.startsWith('DedicatedWorker')) out.workers += s.ticks / TICK;
      else if (s.name === 'WebCrypto') out.crypto += s.ticks / TICK;
      else {
        const k = `${renderer ? 'renderer' : 'other process'} ${s.name}`;
        out.byName[k] = (out.byName[k] ?? 0) + s.ticks / TICK;
      }
    }
  }
  return out;
}

/** CPU seconds spent between two browserCpu() readings, as "x s CPU (page y, workers z)". */
export function cpuBetween(a, b) {
  if (!a || !b) return 'CPU n/a';
  const d = (k) => (b[k] - a[k]).toFixed(2);
  const rest = Object.keys(b.byName).map((k) => [k, b.byName[k] - (a.byName[k] ?? 0)]).filter(([, v]) => v >= 0.05).sort((x, y) => y[1] - x[1]);
  return `${d('total')} s CPU (page ${d('page')}, workers ${d('workers')}, WebCrypto ${d('crypto')}${rest.slice(0, 4).map(([k, v]) => `, ${k} ${v.toFixed(2)}`).join('')})`;
}
