// Storage usage helpers for the Settings "Storage on this device" section.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStorageInfo, requestPersistence, scaleBytes } from './storage';

afterEach(() => { vi.unstubAllGlobals(); });

describe('storage helpers', () => {
  it('scales bytes to a readable unit', () => {
    expect(scaleBytes(0)).toEqual({ value: 0, unit: 'B' });
    expect(scaleBytes(1536)).toEqual({ value: 1.5, unit: 'KB' });
    expect(scaleBytes(14 * 1024 * 1024)).toEqual({ value: 14, unit: 'MB' });
    expect(scaleBytes(3 * 1024 ** 4).unit).toBe('GB');
  });

  it('reads usage, quota and persistence, and asks for persistence', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 10, quota: 100 }), persisted: async () => false, persist } });
    expect(await readStorageInfo()).toEqual({ supported: true, usage: 10, quota: 100, persisted: false });
    expect(await requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('degrades where the Storage API is missing', async () => {
    vi.stubGlobal('navigator', {});
    expect(await readStorageInfo()).toEqual({ supported: false });
    expect(await requestPersistence()).toBe(false);
  });
});
