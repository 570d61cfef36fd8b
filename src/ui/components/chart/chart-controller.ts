/**
 * Reactive controller for an ApexCharts instance's lifecycle: loads the library lazily (its own chunk, so
 * the first screen's JS stays small), creates the chart on an element of the host's shadow root, updates it
 * when the spec, locale or theme changes, and destroys it when the host disconnects. It follows the
 * colour scheme: prefers-color-scheme and an app `data-theme="dark|light"` attribute on <html>, if set.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type ApexChartsType from 'apexcharts';
import { apexOptions } from './chart-options';
import type { ChartSpec } from './chart-spec';
import { LIGHT_FALLBACK } from './chart-theme';

type Apex = ApexChartsType;
const yieldToUi = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
let lib: Promise<typeof ApexChartsType> | undefined;
/**
 * The library, loaded once. Evaluating its 567 KB module is one main-thread task; the yield after it keeps that
 * task apart from the first draw (together they were the planner's 161 ms first-open task). The build marks the
 * chunk for eager compilation (vite.config.ts → compileHints), so the first draw does not compile it either.
 */
export const loadApex = (): Promise<typeof ApexChartsType> =>
  (lib ??= import('apexcharts').then(async (m) => { await yieldToUi(); return m.default; }));

const idle = (fn: () => void): void => {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
};

/**
 * Loads the library when the main thread is idle, before the first chart needs it (screens with charts call it),
 * then warms it up (warmApex).
 */
export function preloadApex(): void {
  if (lib) return;
  idle(() => void loadApex().then(() => idle(warmApex)));
}

/** Charts draw one at a time with a yield between, so a screen of charts never makes one long main-thread task. */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(yieldToUi).then(job);
  queue = run.catch(() => undefined);
  return run;
}

/** Tiny charts of each axis kind the app draws: a category bar chart and a numeric line chart. */
const WARM_SPECS: ChartSpec[] = [
  { kind: 'bar', title: '', categories: ['a', 'b', 'c'], series: [{ name: 'a', data: [1, 2, 3] }] },
  { kind: 'line', title: '', xMin: 0, xMax: 1, series: [{ name: 'a', data: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }, { name: 'b', data: [{ x: 0, y: 1 }, { x: 1, y: 0 }] }] },
];
let warmed = false;
/**
 * The library's first draw on a page pays one-time costs (its first layout of an SVG, text measurement, style and
 * code warm-up) on top of the chart's own: whichever chart came first was the slowest draw when scrolling (99–132 ms).
 * At idle time, each tiny chart in WARM_SPECS is drawn offscreen and destroyed, each step its own task in the charts'
 * queue, so those costs are paid in small pieces before a user scrolls to a chart. A chart wanted before the idle
 * warm-up ran is not held back behind it (that made the dashboard's cold open at 1920 × 1080, where a chart lies
 * within the 200 px draw margin, 738–939 ms to complete instead of 663–799): its draw is already two tasks
 * (drawInTwoTasks), so the first-draw costs no longer make a long one.
 */
function warmApex(): void {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, { position: 'fixed', left: '-10000px', top: '0', width: '320px', height: '160px', overflow: 'hidden', pointerEvents: 'none' });
  document.body.append(box);
  for (const spec of WARM_SPECS) {
    let chart: Apex | undefined;
    void inTurn(async () => {
      const ApexCharts = await loadApex();
      const el = box.appendChild(document.createElement('div'));
      chart = drawInTwoTasks(new ApexCharts(el, apexOptions(spec, LIGHT_FALLBACK, 150)), () => true);
      await chart.render();
    });
    void inTurn(async () => { chart?.destroy(); });
  }
  void inTurn(async () => { box.remove(); });
}

/**
 * ApexCharts 4.7.0 (pinned) draws a chart in two halves inside one call, `create` (data, scales, series paths,
 * text measurement) and `mount` (grid, axes, legend, tooltip), each about half of the draw: 184 and 196 ms of
 * main-thread time over the dashboard's 11 charts. A yield between them makes two tasks of each draw instead of
 * one. `render` and `updateOptions` both reach `mount` through the instance, so the patch covers both; if a
 * future version renames it, charts simply draw in one task again. A chart destroyed in between is not mounted,
 * and when a second draw starts before the first one's mount, only the newest mounts.
 */
export function drawInTwoTasks(chart: Apex, alive: () => boolean): Apex {
  const c = chart as unknown as { mount?: (graphData: unknown) => Promise<unknown> };
  const mount = c.mount;
  if (typeof mount !== 'function') return chart;
  let latest = 0;
  c.mount = async (graphData) => {
    const mine = ++latest;
    await yieldToUi();
    // A newer create (e.g. the library's own redraw after a resize) cleared this one's elements: only the newest mounts.
    return alive() && mine === latest ? mount.call(chart, graphData) : undefined;
  };
  return chart;
}

export function isDark(): boolean {
  const attr = document.documentElement.getAttribute('data-theme');
  if (attr === 'dark' || attr === 'light') return attr === 'dark';
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export class ChartController implements ReactiveController {
  private chart?: Apex;
  private el?: HTMLElement;
  private pending?: Record<string, unknown>;
  private gen = 0;
  private mq?: MediaQueryList;
  private mo?: MutationObserver;
  private readonly onTheme = (): void => this.host.requestUpdate();
  /** Resolves after each successful render (tests and exports wait on it). */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) { host.addController(this); }

  hostConnected(): void {
    this.mq = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    this.mq?.addEventListener('change', this.onTheme);
    this.mo = new MutationObserver(this.onTheme);
    this.mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  hostDisconnected(): void {
    this.mq?.removeEventListener('change', this.onTheme);
    this.mo?.disconnect();
    this.gen++;
    const chart = this.chart;
    this.chart = undefined;
    chart?.destroy();
    this.el = undefined;
  }

  /** Draws `options` on `el` (creating the chart, or updating it in place when the element is the same). */
  render(el: HTMLElement, options: Record<string, unknown>, title = ''): Promise<void> {
    this.pending = options;
    const gen = ++this.gen;
    this.ready = inTurn(async () => {
      const ApexCharts = await loadApex();
      if (gen !== this.gen || !this.pending) return;
      const opts = this.pending;
      warmed = true; // a real draw has paid the first-draw costs: an idle warm-up after it would only cost
      const start = performance.now();
      if (this.chart && this.el === el) {
        await this.chart.updateOptions(opts, true, false);
      } else {
        const old = this.chart;
        this.chart = undefined;
        old?.destroy();
        this.el = el;
        const chart = drawInTwoTasks(new ApexCharts(el, opts), () => this.chart === chart);
        this.chart = chart;
        await chart.render();
      }
      // A performance entry per drawn chart, for the dashboard benchmark (tests/bench/dashboard-bench.mjs).
      performance.measure('ll-chart', { start, end: performance.now(), detail: title });
    });
    return this.ready;
  }

  /** PNG data URL of the current chart (needs img-src data: in the CSP). */
  async png(): Promise<string | undefined> {
    await this.ready;
    const r = await this.chart?.dataURI({ scale: 2 });
    return r && 'imgURI' in r ? r.imgURI : undefined;
  }
}
