// Chrome traces per thread for the browser benchmarks (the client-list bench; trace-tasks.mjs, whose recorder this
// reuses, breaks down main-thread tasks instead), on a page's renderer and its workers: startTrace(page)
// returns stop(), which gives the page's longest main-thread task (wall and CPU ms) and the most CPU one task used;
// with { samples: true } it also records V8's sampling profiler, and stop() then gives each thread's busiest
// functions by self time (ms), so a bench can say where a step's CPU went without opening DevTools.
import { writeFileSync } from 'node:fs';
import { startTrace as recordTrace } from './trace-tasks.mjs';

/** Self time (ms) per "function url:line" per thread name, from the trace's ProfileChunk samples. */
function selfTimes(events, threadName) {
  const out = new Map(); // thread → Map(fn → ms)
  const nodes = new Map(); // `${pid}:${id}` of a profile → Map(node id → label)
  const sampled = new Map(events.filter((e) => e.name === 'Profile').map((e) => [`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`])); // profile → its thread
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    const names = nodes.get(key) ?? new Map();
    nodes.set(key, names);
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) {
      const f = n.callFrame ?? {};
      names.set(n.id, `${f.functionName || '(anon)'} ${(f.url ?? '').replace(/^.*\//, '')}:${f.lineNumber ?? ''}`);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    const tid = sampled.get(key) ?? `${e.pid}:${e.tid}`;
    const thread = `${threadName.get(tid) ?? '?'} ${tid}`;
    const per = out.get(thread) ?? new Map();
    out.set(thread, per);
    for (let i = 0; i < samples.length; i++) {
      const label = names.get(samples[i]) ?? String(samples[i]);
      if (label.startsWith('(idle)')) continue;
      per.set(label, (per.get(label) ?? 0) + Math.max(0, deltas[i] ?? 0) / 1000);
    }
  }
  return out;
}

/** Starts a trace of the page; stop(file?) ends it (optionally saving the raw events as JSON for chrome://tracing). */
export async function startTrace(page, { samples = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...(samples ? ['disabled-by-default-v8.cpu_profiler', 'v8.execute'] : [])];
  const trace = await recordTrace(cdp, categories);
  return {
    async stop(file) {
      const events = await trace.stop();
      if (file) writeFileSync(file, JSON.stringify({ traceEvents: events }));
      const threadName = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']));
      const main = new Set([...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
      let wall = 0; let wallCpu = 0; let cpu = 0;
      const threadCpu = new Map();
      for (const e of events) {
        if (e.name !== 'RunTask' || e.ph !== 'X') continue;
        const k = `${e.pid}:${e.tid}`;
        const d = (e.dur ?? 0) / 1000; const c = (e.tdur ?? 0) / 1000;
        const name = threadName.get(k) ?? k;
        threadCpu.set(name, (threadCpu.get(name) ?? 0) + c);
        if (!main.has(k)) continue;
        if (d > wall) { wall = d; wallCpu = c; }
        cpu = Math.max(cpu, c);
      }
      return { wall, wallCpu, cpu, threadCpu, self: samples ? selfTimes(events, threadName) : new Map() };
    },
  };
}

/** Printable lines: CPU per thread (top-level tasks), then each busy thread's top functions by self time. */
export function traceReport({ threadCpu, self }, top = 12) {
  const lines = [];
  for (const [name, ms] of [...threadCpu].sort((a, b) => b[1] - a[1]).slice(0, 6)) lines.push(`    thread ${name}: ${ms.toFixed(0)} ms CPU in tasks`);
  for (const [thread, per] of self) {
    const total = [...per.values()].reduce((s, v) => s + v, 0);
    if (total < 20) continue;
    lines.push(`    ${thread}: ${total.toFixed(0)} ms sampled; top self time:`);
    for (const [fn, ms] of [...per].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`      ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
  }
  return lines;
}
