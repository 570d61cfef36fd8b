/**
 * One bridge per worker: the worker starts lazily on first call, calls are typed through Comlink,
 * an AbortSignal cancels a call by terminating the worker (the next call starts a fresh one), and an idle
 * worker is shut down after `idleMs` to give memory back. Pattern from Squoosh's WorkerBridge.
 */
import { wrap, transfer, type Remote } from 'comlink';

export class AbortError extends Error {
  constructor() { super('Cancelled'); this.name = 'AbortError'; }
}

export class WorkerBridge<T> {
  private worker?: Worker;
  private api?: Remote<T>;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private pending = 0;

  /** `create` must be `() => new Worker(new URL('...', import.meta.url), { type: 'module' })` so Vite bundles it. */
  constructor(private readonly create: () => Worker, private readonly idleMs = 10_000) {}

  /** Runs `fn` against the worker API; rejects with AbortError and kills the worker if `signal` aborts. */
  async call<R>(fn: (api: Remote<T>) => Promise<R>, signal?: AbortSignal): Promise<R> {
    if (signal?.aborted) throw new AbortError();
    clearTimeout(this.idleTimer);
    this.pending++;
    const api = this.start();
    let onAbort: (() => void) | undefined;
    try {
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => { this.terminate(); reject(new AbortError()); };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      return await Promise.race([fn(api), aborted]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      this.pending--;
      this.scheduleIdle();
    }
  }

  /** Stops the worker now (pending calls reject as the channel closes). */
  terminate(): void {
    clearTimeout(this.idleTimer);
    this.worker?.terminate();
    this.worker = undefined;
    this.api = undefined;
  }

  get running(): boolean { return this.worker !== undefined; }

  private start(): Remote<T> {
    if (!this.api) {
      this.worker = this.create();
      this.api = wrap<T>(this.worker);
    }
    return this.api;
  }

  private scheduleIdle(): void {
    if (this.pending > 0 || this.idleMs <= 0) return;
    this.idleTimer = setTimeout(() => { if (this.pending === 0) this.terminate(); }, this.idleMs);
  }
}

/** Marks ArrayBuffers for transfer instead of copy (re-export so callers don't import comlink directly). */
export { transfer };
