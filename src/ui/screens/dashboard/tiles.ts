/**
 * The dashboard's tiles, in display order. Each tile is a self-contained element that loads its own data;
 * a feature adds its tile here (e.g. batch runs: latest run, rows scored, segment mix) without touching
 * the screen. `load` imports the element's module lazily.
 */
export interface DashboardTile { tag: string; load: () => Promise<unknown> }

export const DASHBOARD_TILES: DashboardTile[] = [
  { tag: 'll-backup-now', load: () => import('../../components/backup-now/backup-now') },
  { tag: 'll-leads-tile', load: () => import('./leads-tile') },
  { tag: 'll-runs-tile', load: () => import('./runs-tile') },
  { tag: 'll-demo-tile', load: () => import('./demo-tile') },
  { tag: 'll-customers-tile', load: () => import('./customers-tile') },
  { tag: 'll-model-drift-flag', load: () => import('../../components/model-drift/model-drift-flag') },
];
