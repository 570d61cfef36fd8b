// A client's forecast history: every run's numbers by as-of day, each with when its run was stored, so the card
// can show the newest run even when a later run has an earlier as-of day (an order removed moves it back).
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../db';
import type { ForecastSummary } from '../../bridge/customers-forecast-contract';
import { forecastHistory, saveForecastRun } from './forecast-store';

const summary = (runId: string, asOfDay: number): ForecastSummary => ({
  runId, asOfDay, clients: 2, salesModelId: 's', purchaseModelId: 'p', models: [], notices: [], threshold: 0.7, flagged: 0, ms: 1,
});
const cols = (pBuy: number) => ({ keys: ['k1', 'k2'], spend30: Float64Array.of(10, 20), purchases30: Float64Array.of(1, 2), pBuy14: Float64Array.of(pBuy, 0.5), pAlive: Float64Array.of(NaN, 0.9) });

describe('forecast history', () => {
  it('lists runs by as-of day with their storing time', async () => {
    const database = openDb('forecast-store-test');
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000);
    await saveForecastRun(database, summary('fc-a', 100), cols(0.2), []);
    now.mockReturnValue(2_000);
    await saveForecastRun(database, summary('fc-b', 90), cols(0.6), []);
    now.mockRestore();
    const h = await forecastHistory(database, 'k1');
    expect(h.map((p) => [p.runId, p.asOfDay, p.createdAt, p.pBuy14])).toEqual([['fc-b', 90, 2_000, 0.6], ['fc-a', 100, 1_000, 0.2]]);
    expect(h[0].pAlive).toBeUndefined();
    expect((await forecastHistory(database, 'k2'))[0].pAlive).toBe(0.9);
  });
});
