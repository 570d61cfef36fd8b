// Pins the engine's output bit for bit, so that speed work can never change a number: a SHA-256 over every
// forecast column, every candidate's predictions, the selection with its backtest figures and every model
// card (keys sorted, numbers as their IEEE-754 bytes) of fixed seeded books and of CDNOW_master.txt. The
// digests were recorded from the engine before the speed work of issue #9 (session 19); a change that moves
// any value in the last bit fails here. If a change is MEANT to alter the numbers, re-record them and say so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../tests/fixtures/forecast/cdnow';
import { outputDigest } from '../../../tests/fixtures/forecast/digest';
import { readOrders } from '../../cli/forecast-read';
import { buildActivityBook } from '../customers/activity-book';
import { epochDay } from '../customers/days';
import { generateDemo } from '../customers/demo';
import { buildOrderBook } from '../customers/order-book';
import { runForecast, type ForecastResult } from './engine';

const digest = (r: ForecastResult): string => outputDigest(r);

const trainedAt = '2000-01-01T00:00:00.000Z';

describe('engine output is pinned', () => {
  it('on seeded demo books, with and without activity', async () => {
    const demo = generateDemo({ clients: 1500, seed: 7 });
    const book = buildOrderBook(demo.orders);
    const asOfDay = epochDay(2025, 10, 1);
    const full = await runForecast(book, buildActivityBook(demo.activity), demo.clients, { asOfDay, trainedAt });
    const bare = await runForecast(book, undefined, undefined, { asOfDay: epochDay(2025, 7, 15), trainedAt, threshold: 0.3 });
    expect([digest(full), digest(bare)]).toEqual(['cf72663e305ad9c5', '08ec9111b85b6f1c']);
  });

  it('on CDNOW_master.txt at 1997-09-30', async () => {
    const text = readFileSync(join(SHARED_DATA, 'cdnow', 'CDNOW_master.txt'), 'utf8');
    const book = buildOrderBook(readOrders(text, epochDay(2100, 1, 1)).values);
    const r = await runForecast(book, undefined, undefined, { asOfDay: epochDay(1997, 9, 30), trainedAt });
    expect(r.forecasts.clientIds).toHaveLength(23_570);
    expect(digest(r)).toBe('189171aba26c0f4f');
  }, 60_000);
});
