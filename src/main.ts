/** Entry point: defines the app shell. Everything else loads lazily per route. */
import { installTheme } from './ui/theme/theme';
import './ui/app/app-shell';
import './pwa/init';
// #13: the saved (or system) colour theme applies before the first render.
installTheme();
// `npm run bench` only: window.__llBench (own chunk, never loaded otherwise).
if (new URLSearchParams(location.search).has('bench')) void import('./bench/bench-hook');
// A batch run left 'running' by a closed tab is shown as interrupted (resumable or discardable), never as live.
const markInterrupted = (): void => { void import('./storage/runs-repo').then((m) => m.markInterruptedRuns()).catch(() => undefined); };
if ('requestIdleCallback' in window) requestIdleCallback(markInterrupted, { timeout: 3000 });
else setTimeout(markInterrupted, 1000);
