/**
 * Long in-memory work done in slices (issue #10): the customers worker builds the client list's search
 * index over 100,000 clients while the page keeps asking it for filters and rows, so no step may hold the
 * worker for more than a few milliseconds. `Slicer` says when a slice has used its time and yields to the
 * event loop (a MessageChannel message, not setTimeout's 4 ms clamp); `sortYielding` is a stable natural
 * merge sort that yields between merges, adaptive so an almost sorted input costs about n comparisons.
 */

/** Lets queued messages run (page, worker and Node all have MessageChannel). */
export function pause(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(0);
  });
}

/** Thrown by `Slicer.maybePause` once the work is no longer wanted. */
export class SliceCancelled extends Error {}

/**
 * Time budget per slice: `due()` is cheap; `maybePause()` yields once the slice has used `sliceMs`, and
 * throws SliceCancelled after the pause when `cancelled()` says the result is no longer wanted.
 */
export class Slicer {
  private start = performance.now();
  constructor(private readonly sliceMs = 8, private readonly cancelled: () => boolean = () => false) {}
  due(): boolean {
    return performance.now() - this.start >= this.sliceMs;
  }
  async maybePause(): Promise<void> {
    if (!this.due()) return;
    await pause();
    if (this.cancelled()) throw new SliceCancelled('cancelled');
    this.start = performance.now();
  }
}

/**
 * Sorts `idx` in place by `cmp` (stable): ascending runs are found first, then merged pairwise, yielding
 * between blocks of work. Equal elements keep their input order.
 */
export async function sortYielding(idx: Int32Array, cmp: (a: number, b: number) => number, slicer = new Slicer()): Promise<void> {
  const n = idx.length;
  if (n < 2) return;
  let bounds: number[] = [0];
  for (let i = 1; i < n; i++) {
    if (cmp(idx[i - 1], idx[i]) > 0) bounds.push(i);
    if ((i & 1023) === 0) await slicer.maybePause();
  }
  bounds.push(n);
  let src: Int32Array = idx;
  let dst: Int32Array = new Int32Array(n);
  while (bounds.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r];
      const mid = bounds[r + 1];
      const hi = r + 2 < bounds.length ? bounds[r + 2] : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        dst[k++] = cmp(src[i], src[j]) <= 0 ? src[i++] : src[j++];
        if ((k & 1023) === 0) await slicer.maybePause();
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
      next.push(hi);
    }
    if (next[next.length - 1] !== n) next.push(n);
    bounds = next;
    [src, dst] = [dst, src];
  }
  if (src !== idx) idx.set(src);
}
