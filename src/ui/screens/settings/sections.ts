/**
 * The sections of the Settings screen, in display order. Each is a self-contained element (own data,
 * own saving); a feature adds its section here (e.g. storage usage/persistence and security from #4)
 * without editing the screen. `load` imports the element's module lazily.
 */
export interface SettingsSection { tag: string; load: () => Promise<unknown> }

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { tag: 'll-backup-settings', load: () => import('../../components/backup-now/backup-now') },
  { tag: 'll-settings-language', load: () => import('./language-section') },
  { tag: 'll-settings-theme', load: () => import('./theme-section') },
  { tag: 'll-settings-scenario', load: () => import('./scenario-section') },
  { tag: 'll-settings-tiers', load: () => import('./tier-section') },
  { tag: 'll-settings-model', load: () => import('./model-section') },
  { tag: 'll-settings-purchase-threshold', load: () => import('./purchase-threshold-section') },
  { tag: 'll-storage-settings', load: () => import('../../components/storage-settings/storage-settings') },
  // Storage usage / persistence and security sections (#4) go here.
  { tag: 'll-security-settings', load: () => import('../../components/security-settings/security-settings') },
  { tag: 'll-settings-device-unlock', load: () => import('./device-unlock-section') },
];
