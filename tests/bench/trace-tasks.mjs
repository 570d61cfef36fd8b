// Why: the longtask API says *that* a main-thread task took 160 ms, not what was inside it. This records a Chrome
// trace (CDP Tracing, the same data as DevTools' Performance panel) around one step of a browser benchmark, saves
// it (open it in chrome://tracing or DevTools), and prints the page's main-thread tasks over a threshold with what
// filled them: script evaluation and compilation by file, function calls by file, style, layout, paint and GC.
import { writeFileSync } from 'node:fs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink.user_timing', 'loading'];

/**
 * Starts tracing on a CDP session; `stop()` resolves with the trace events once Chromium has flushed them.
 * `categories` defaults to what the task breakdown below needs (trace-threads.mjs passes its own).
 */
export async function startTrace(cdp, categories = CATEGORIES) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

const file = (url) => (url ? String(url).split('/').pop().replace(/\?.*$/, '') : '');

/** What an event inside a task is, in words: "compile apexcharts.esm-….js", "call leads-insights-….js", "layout". */
function label(e) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  switch (e.name) {
    case 'EvaluateScript': case 'v8.evaluateModule': return `evaluate ${file(d.url ?? e.args?.data?.url)}`;
    case 'v8.compile': case 'v8.compileModule': case 'V8.CompileCode': return `compile ${file(d.url ?? e.args?.fileName)}`;
    case 'FunctionCall': return `call ${file(d.url)}${d.functionName ? ` ${d.functionName}` : ''}`;
    case 'UpdateLayoutTree': case 'RecalculateStyles': return 'style';
    case 'Layout': return 'layout';
    case 'Paint': case 'PaintImage': case 'UpdateLayer': case 'Layerize': case 'PrePaint': return 'paint';
    case 'MajorGC': case 'MinorGC': case 'V8.GCScavenger': case 'V8.GCFinalizeMC': return 'GC';
    case 'ParseHTML': return 'parse HTML';
    case 'RunMicrotasks': return 'script in promise callbacks';
    case 'V8.BytecodeBudgetInterrupt': case 'V8.BytecodeBudgetInterruptWithStackCheck': return 'JIT tier-up';
    default: return undefined;
  }
}

/** The page's main-thread tasks longer than `minMs`, each with its biggest parts (ms, self time by label). */
export function longTasks(events, minMs = 50) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) if (e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`)) threads.set(`${e.pid}:${e.tid}`, threads.get(`${e.pid}:${e.tid}`) + (e.dur ?? 0));
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return [];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const t0 = Math.min(...mine.map((e) => e.ts));
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur >= minMs * 1000 || (e.tdur ?? 0) >= minMs * 500));
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inner = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end && label(e));
    // Self time per label: an event's duration minus its labelled children's (events nest properly on one thread).
    const parts = new Map();
    const stack = [];
    for (const e of inner) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const l = label(e);
      parts.set(l, (parts.get(l) ?? 0) + e.dur);
      if (stack.length) { const p = label(stack.at(-1)); parts.set(p, parts.get(p) - e.dur); }
      stack.push(e);
    }
    const labelled = [...parts.values()].reduce((a, b) => a + b, 0);
    parts.set('other (task scheduling, bindings, unlabelled)', task.dur - labelled);
    const top = [...parts].filter(([, us]) => us >= 2000).sort((a, b) => b[1] - a[1]).slice(0, 6);
    return { at: (task.ts - t0) / 1000, ms: task.dur / 1000, cpu: (task.tdur ?? NaN) / 1000, parts: top.map(([l, us]) => [l, us / 1000]) };
  });
}

/** Saves the trace to `path` and prints its long tasks under a heading. */
export function reportTrace(events, path, heading, minMs = 50) {
  writeFileSync(path, JSON.stringify({ traceEvents: events }));
  const tasks = longTasks(events, minMs);
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`        trace of ${heading} (${path}): ${tasks.length ? `main-thread tasks over ${minMs} ms (wall) or ${minMs / 2} ms (thread CPU):` : `no main-thread task over ${minMs} ms (wall) or ${minMs / 2} ms (CPU)`}`);
  const byCpu = [...tasks].sort((a, b) => b.cpu - a.cpu).slice(0, 5);
  if (tasks.length) console.log(`          (the load inflates wall times: by the main thread's own CPU time the longest are ${byCpu.map((t) => `${fmt(t.cpu)} ms`).join(', ')})`);
  for (const t of tasks) console.log(`          at ${fmt(t.at).padStart(6)} ms: ${fmt(t.ms)} ms (thread CPU ${fmt(t.cpu)} ms) — ${t.parts.map(([l, ms]) => `${l} ${fmt(ms)}`).join('; ') || 'nothing labelled'}`);
}
