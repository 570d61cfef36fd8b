/**
 * "Is long work running?" — a tiny shared flag so an app update never reloads the page under a running batch.
 * Long jobs call `const done = markBusy('batch')` when they start and `done()` when they finish or fail.
 * The flag is mirrored to `<html data-busy="batch">` (handy for tests and for code that cannot import this),
 * and code that only sets `document.documentElement.dataset.busy` directly is honoured too.
 */
// Structural types instead of DOM ones: this module is also unit-tested in Node (no DOM lib there).
interface RootLike { dataset: Record<string, string | undefined> }
type ObserverCtor = new (cb: () => void) => { observe(target: unknown, options: object): void };
const env = globalThis as { document?: { documentElement: RootLike }; MutationObserver?: ObserverCtor };

const reasons = new Map<string, number>();
const listeners = new Set<(busy: boolean) => void>();
let observer: { observe(target: unknown, options: object): void } | undefined;
let lastReported = false;

function root(): RootLike | undefined {
  return env.document?.documentElement;
}

function externalBusy(): boolean {
  const v = root()?.dataset.busy;
  return v !== undefined && v !== '' && v !== 'false';
}

/** True while any job marked itself busy (or something set `<html data-busy>`). */
export function isBusy(): boolean {
  return reasons.size > 0 || externalBusy();
}

function sync(): void {
  const el = root();
  if (el) {
    if (reasons.size > 0) el.dataset.busy = [...reasons.keys()].join(' ');
  }
  notify();
}

function notify(): void {
  const now = isBusy();
  if (now === lastReported) return;
  lastReported = now;
  for (const fn of listeners) fn(now);
}

/** Marks `reason` busy; returns a function that clears it (idempotent). Nested calls are counted. */
export function markBusy(reason = 'work'): () => void {
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  sync();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const n = (reasons.get(reason) ?? 1) - 1;
    if (n > 0) reasons.set(reason, n);
    else reasons.delete(reason);
    const el = root();
    if (el && reasons.size === 0) delete el.dataset.busy;
    sync();
  };
}

/** Calls `fn(busy)` whenever the busy state flips; returns an unsubscribe function. */
export function onBusyChange(fn: (busy: boolean) => void): () => void {
  listeners.add(fn);
  const el = root();
  if (!observer && el && env.MutationObserver) {
    observer = new env.MutationObserver(notify);
    observer.observe(el, { attributes: true, attributeFilter: ['data-busy'] });
  }
  return () => listeners.delete(fn);
}

/** Resolves once nothing is busy (immediately if idle). */
export function whenIdle(): Promise<void> {
  if (!isBusy()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = onBusyChange((busy) => { if (!busy) { off(); resolve(); } });
  });
}
