/** Entry point: defines the app shell. Everything else loads lazily per route. */
import './ui/app/app-shell';
import './pwa/init';
// `npm run bench` only: window.__llBench (own chunk, never loaded otherwise).
if (new URLSearchParams(location.search).has('bench')) void import('./bench/bench-hook');
