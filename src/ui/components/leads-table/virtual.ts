/**
 * The virtualised tables' shared mechanics (run detail's leads, the client list): which rows to render for
 * a scroll position (fixed row height, small overscan, the spacer capped below the browser's element-height
 * limit and the scroll position scaled beyond it), and a cache of fetched pages that is dropped when the
 * query changes (a page that arrives for an older query is ignored).
 */
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from './leads-table.styles';

export const PAGE = 100;
export const OVERSCAN = 6;
/** Browsers cap element heights (~33M px in Chromium); beyond this the scroll position is scaled. */
const MAX_SPACER = 15_000_000;

export interface Geometry { spacer: number; first: number; end: number; offset: number }

/** Spacer height, the rendered rows [first, end) and their offset inside the spacer. */
export function virtualGeometry(total: number, scrollTop: number): Geometry {
  const full = total * ROW_HEIGHT;
  const spacer = Math.min(full, MAX_SPACER);
  const scale = spacer > VIEWPORT_HEIGHT ? (full - VIEWPORT_HEIGHT) / (spacer - VIEWPORT_HEIGHT) : 1;
  const virtualTop = scrollTop * scale;
  const first = Math.max(0, Math.floor(virtualTop / ROW_HEIGHT) - OVERSCAN);
  const visible = Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT) + 2 * OVERSCAN;
  return { spacer, first, end: Math.min(total, first + visible), offset: scrollTop - (virtualTop - first * ROW_HEIGHT) };
}

/** Pages of rows fetched on demand; `onLoaded` is called when a page arrives for the current version. */
export class PageCache<T> {
  private pages = new Map<number, T[] | Promise<void>>();
  private version = -1;

  constructor(private readonly onLoaded: () => void) {}

  /** Drops every page when `version` differs from the cached one; returns whether it did. */
  reset(version: number): boolean {
    if (version === this.version) return false;
    this.pages.clear();
    this.version = version;
    return true;
  }

  /** Row i, or undefined while its page loads (the load starts here). */
  row(i: number, source: ((offset: number, limit: number) => Promise<T[]>) | undefined): T | undefined {
    const p = Math.floor(i / PAGE);
    const page = this.pages.get(p);
    if (Array.isArray(page)) return page[i - p * PAGE];
    if (!page && source) {
      const version = this.version;
      this.pages.set(p, source(p * PAGE, PAGE).then((rows) => {
        if (version !== this.version) return;
        this.pages.set(p, rows);
        this.onLoaded();
      }, () => { this.pages.delete(p); }));
    }
    return undefined;
  }
}
