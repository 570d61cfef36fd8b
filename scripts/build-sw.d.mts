// Types for scripts/build-sw.mjs so vite.config.ts (type-checked by tsconfig.node.json) can import the plugin.
import type { Plugin } from 'vite';

export const MAX_PRECACHE_BYTES: number;
export function buildServiceWorker(options?: { outDir?: string; base?: string; log?: (msg: string) => void }):
  Promise<{ count: number; size: number; scope: string }>;
export function leadlensPwa(): Plugin;
