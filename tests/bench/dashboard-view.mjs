// Why: the dashboard benchmark must say what "complete" means in terms a user would see, not "an attribute was
// set". This init script (runs in the page before any app script) records every long task and gives the bench
// three page-side helpers, all reading the app's shadow DOM:
//   __dashState()        the leads dashboard now: KPIs shown?, stages rendered and card read (data-ready)?, and per
//                        chart whether it is drawn and whether it intersects the viewport;
//   __watchComplete(t0)  resolves (checked every frame) when the dashboard is complete as a user sees it: KPIs
//                        filled, every section rendered, and every chart that intersects the viewport drawn;
//   __scrollThrough(t0)  scrolls one viewport at a time, waiting at each step until the charts in view are drawn,
//                        and resolves when every chart on the page is drawn (the time a user needs to see them all).
// Chart draws themselves are performance measures named 'll-chart' (components/chart/chart-controller.ts).
export function dashboardInitScript() {
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const insights = () => document.querySelector('ll-app')?.shadowRoot?.querySelector('ll-dashboard-screen')?.shadowRoot?.querySelector('ll-leads-insights');
  window.__dashState = () => {
    const host = insights();
    if (!host?.shadowRoot) return undefined;
    const root = host.shadowRoot;
    const charts = [...root.querySelectorAll('ll-chart'), ...[...root.querySelectorAll('ll-cluster-profiles')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('ll-chart') ?? [])])];
    const box = (el) => { const r = el.getBoundingClientRect(); return { top: Math.round(r.top + scrollY), inView: r.width > 0 && r.bottom > 0 && r.top < innerHeight }; };
    const kpis = root.querySelector('[data-testid="insights-kpis"]');
    return {
      ready: host.hasAttribute('data-ready'),
      kpis: kpis ? box(kpis) : undefined,
      charts: charts.map((c) => ({ title: c.spec?.title ?? '', drawn: c.dataset.drawn === '1', ...box(c) })),
    };
  };
  const complete = (s) => Boolean(s?.ready && s.kpis && s.charts.every((c) => c.drawn || !c.inView));
  window.__watchComplete = async (start) => {
    for (;;) {
      const s = window.__dashState();
      if (complete(s)) return { ms: performance.now() - start, state: s };
      await frame();
    }
  };
  window.__scrollThrough = async (start, timeoutMs = 120_000) => {
    const se = document.scrollingElement;
    const until = async (ok) => { while (!ok(window.__dashState())) { if (performance.now() - start > timeoutMs) throw new Error('charts not drawn in time'); await frame(); } };
    for (let y = 0; ; y += innerHeight) {
      se.scrollTo(0, y);
      await frame();
      await until((s) => s.charts.every((c) => c.drawn || !c.inView));
      if (y + innerHeight >= se.scrollHeight) break;
    }
    await until((s) => s.charts.every((c) => c.drawn));
    return performance.now() - start;
  };
}

/** One line saying what a user sees first: whether the KPIs and which charts are in the first viewport. */
export function inViewText(state, viewport) {
  const inView = state.charts.filter((c) => c.inView);
  const kpis = state.kpis?.inView ? 'the KPIs' : `not the KPIs (they start at ${state.kpis?.top} px)`;
  const first = state.charts.length ? Math.min(...state.charts.map((c) => c.top)) : undefined;
  const charts = inView.length ? `${inView.length} of ${state.charts.length} charts (${inView.map((c) => c.title).join(', ')})`
    : `none of the ${state.charts.length} charts (the first starts at ${first} px)`;
  return `in the first ${viewport.width}×${viewport.height} viewport: ${kpis}, ${charts}`;
}
