/**
 * The route table. Screens load lazily (one chunk each) so the first screen stays small.
 * Paths are relative to the router's baseUrl (import.meta.env.BASE_URL), so the app works under a sub-path.
 * Each feature owns its screen module; add routes here.
 */
import type { Route } from '@vaadin/router';
import { currentSession } from '../storage/session';

export interface NavItem { path: string; labelKey: string; icon: string; adminOnly?: boolean }

export const NAV: NavItem[] = [
  { path: '', labelKey: 'nav.dashboard', icon: '▦' },
  { path: 'score', labelKey: 'nav.score', icon: '◎' },
  { path: 'batch', labelKey: 'nav.batch', icon: '⇪' },
  { path: 'runs', labelKey: 'nav.runs', icon: '☰' },
  { path: 'leads', labelKey: 'nav.leads', icon: '◉' },
  { path: 'clients', labelKey: 'nav.clients', icon: '☺' },
  { path: 'models', labelKey: 'nav.models', icon: '⚙', adminOnly: true },
  { path: 'planner', labelKey: 'nav.planner', icon: '◈' },
  { path: 'settings', labelKey: 'nav.settings', icon: '✎' },
  { path: 'users', labelKey: 'nav.users', icon: '☻', adminOnly: true },
  { path: 'audit', labelKey: 'nav.audit', icon: '☷', adminOnly: true },
];

export const ROUTES: Route[] = [
  { path: '', component: 'll-dashboard-screen', action: async () => { await import('./screens/dashboard/dashboard-screen'); } },
  { path: 'score', component: 'll-score-screen', action: async () => { await import('./screens/score/score-screen'); } },
  { path: 'batch', component: 'll-batch-screen', action: async () => { await import('./screens/batch/batch-screen'); } },
  { path: 'runs/:id/leads/:row', component: 'll-lead-card-screen', action: async () => { await import('./screens/lead-card/lead-card-screen'); } },
  { path: 'runs/:id', component: 'll-run-detail-screen', action: async () => { await import('./screens/run-detail/run-detail-screen'); } },
  { path: 'runs', component: 'll-runs-screen', action: async () => { await import('./screens/runs/runs-screen'); } },
  { path: 'clients/new', component: 'll-client-form-screen', action: async () => { await import('./screens/client-form/client-form-screen'); } },
  { path: 'clients/:id/edit', component: 'll-client-form-screen', action: async () => { await import('./screens/client-form/client-form-screen'); } },
  { path: 'clients/:id', component: 'll-client-card-screen', action: async () => { await import('./screens/client-card/client-card-screen'); } },
  { path: 'clients', component: 'll-clients-screen', action: async () => { void import('../bridge/client-list-bridge').then((m) => m.warmClientList()); await import('./screens/clients/clients-screen'); } },
  { path: 'models', component: 'll-models-screen', action: async (_ctx, cmd) => { if (currentSession()?.role !== 'admin') return cmd.redirect(''); await import('./screens/models/models-screen'); return undefined; } },
  { path: 'planner', component: 'll-planner-screen', action: async () => { await import('./screens/planner/planner-screen'); } },
  { path: 'settings', component: 'll-settings-screen', action: async () => { await import('./screens/settings/settings-screen'); } },
  // Admin-only screens (#4): the data API enforces the role too; this just keeps analysts off the page.
  { path: 'users', component: 'll-users-screen', action: async (_ctx, cmd) => { if (currentSession()?.role !== 'admin') return cmd.redirect(''); await import('./screens/users/users-screen'); return undefined; } },
  { path: 'audit', component: 'll-audit-screen', action: async (_ctx, cmd) => { if (currentSession()?.role !== 'admin') return cmd.redirect(''); await import('./screens/audit/audit-screen'); return undefined; } },
  { path: 'leads/:id', component: 'll-lead-screen', action: async () => { await import('./screens/leads/lead-screen'); } },
  { path: 'leads', component: 'll-leads-screen', action: async () => { await import('./screens/leads/leads-screen'); } },
  { path: '(.*)', component: 'll-not-found-screen', action: async () => { await import('./screens/not-found/not-found-screen'); } },
];

/** An absolute href for an app path, honouring the base path. */
export function href(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
