// `npm run forecast` (node --import tsx src/cli/forecast.ts): argument parsing, the file pipeline on demo CSVs
// with bad rows, the headerless CDNOW sample layout, and exit codes 0 / 2 (errors CSV) / 1 end to end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from './helpers/artifacts';
import { parseForecastArgs } from '../../src/cli/forecast-args';
import { forecastFiles, FORECAST_COLUMNS } from '../../src/cli/forecast-run';
import { epochDay, isoDay } from '../../src/core/customers/days';
import { generateDemo } from '../../src/core/customers/demo';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(SHARED_DATA, 'cdnow/CDNOW_sample.txt');
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-forecast-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TODAY = epochDay(2026, 1, 1);
const demo = generateDemo({ clients: 300, seed: 9 });
const ordersCsv = ['customer_id,date,amount,items', ...demo.orders.map((o) => `${o.customerId},${isoDay(o.day)},${o.amount},${o.items}`)];
const clientsCsv = ['customer id,first name,last name,email,registration date', ...demo.clients.map((c) => `${c.customerId},${c.firstName},${c.lastName},${c.email},${isoDay(c.registeredDay!)}`)];
const activityCsv = ['client;date;visits 7d;visits;newsletter opened;ad clicks;time on site', ...demo.activity.map((a) => [a.customerId, isoDay(a.day), a.visits7d, a.visits, a.newsletterOpened, a.adClicks, String(a.timeOnSite).replace('.', ',')].join(';'))];
const BAD = ['C0001,2025-03-01,-5,1', 'C0002,2099-01-01,10,1', 'C0003,2025-03-02,ten,1'];
const readCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/forecast.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('forecast CLI arguments', () => {
  it('derives output paths and checks options', () => {
    expect(parseForecastArgs(['o.csv'])).toMatchObject({ orders: 'o.csv', output: 'o.forecast.csv', errors: 'o.forecast.errors.csv', threshold: 0.7 });
    expect(parseForecastArgs(['CDNOW.txt', '--as-of', '1997-09-30', '--threshold', '0.2', '-o', 'f.csv'])).toMatchObject({ asOfDay: epochDay(1997, 9, 30), threshold: 0.2, output: 'f.csv' });
    expect(() => parseForecastArgs(['o.csv', '--threshold', '2'])).toThrow(/between 0 and 1/);
    expect(() => parseForecastArgs(['o.csv', '--as-of', 'soon'])).toThrow(/not a date/);
    expect(() => parseForecastArgs(['o.csv', '--nope', '1'])).toThrow(/Unknown option --nope/);
    expect(() => parseForecastArgs([])).toThrow(/usage/);
  });
});

describe('forecastFiles', () => {
  it('forecasts every client from orders, clients and activity, reporting bad rows by row, column and value', async () => {
    const r = await forecastFiles(
      { orders: { name: 'orders.csv', text: [...ordersCsv, ...BAD].join('\n') }, clients: { name: 'clients.csv', text: clientsCsv.join('\n') }, activity: { name: 'activity.csv', text: activityCsv.join('\n') } },
      { asOfDay: epochDay(2025, 10, 1), threshold: 0.5, today: TODAY },
    );
    const n = ordersCsv.length - 1;
    expect(r.errors.map((e) => [e.file, e.error.row, e.error.column, e.error.value, e.error.reason.code])).toEqual([
      ['orders.csv', n + 1, 'amount', '-5', 'negative'],
      ['orders.csv', n + 2, 'date', '2099-01-01', 'future_date'],
      ['orders.csv', n + 3, 'amount', 'ten', 'not_a_number'],
    ]);
    const out = readCsv(r.outputCsv);
    expect(Object.keys(out[0])).toEqual([...FORECAST_COLUMNS]);
    expect(out).toHaveLength(demo.clients.filter((c) => c.registeredDay! < epochDay(2025, 10, 1)).length);
    expect(out.every((row) => Number(row.p_buy_14d) >= 0 && Number(row.p_buy_14d) <= 1 && ['0', '1'].includes(row.will_buy_14d))).toBe(true);
    expect(r.result.notices.some((x) => x.reason === 'no_activity_data')).toBe(false);
    expect(r.summary).toMatch(/orders.csv: \d+ rows \(delimiter ","\), valid \d+, invalid 3/);
    expect(r.summary).toMatch(/activity.csv: \d+ rows \(delimiter ";"\)/);
    expect(r.summary).toMatch(/chosen \(\* above\): sales sales-\S+@2025-10-01 by r2, purchase purchase-\S+ by log_loss/);
    // The errors file neutralises text that a spreadsheet could run as a formula (= + - @), so -5 is written '-5.
    expect(readCsv(r.errorsCsv)[0]).toEqual({ file: 'orders.csv', row: String(n + 1), column: 'amount', value: "'-5", reason: 'negative', message: 'must not be negative' });
  });

  it('reads the headerless CDNOW sample layout (extra sample-id column) and defaults the as-of date to after the last order', async () => {
    const r = await forecastFiles({ orders: { name: 'CDNOW_sample.txt', text: readFileSync(SAMPLE, 'utf8') } }, { threshold: 0.7, today: TODAY });
    expect(r.errors).toEqual([]);
    expect(r.result.forecasts.clientIds).toHaveLength(2357);
    expect(isoDay(r.result.asOfDay)).toBe('1998-07-01');
    expect(r.summary).toMatch(/CDNOW_sample.txt: 6919 rows \(whitespace-aligned\), valid 6919, invalid 0/);
    expect(r.summary).toMatch(/visits: no activity data/);
  });
});

describe('npm run forecast (end to end)', () => {
  it('exits 0 on clean input, 2 with an errors CSV on bad rows, 1 on a missing column', () => {
    const good = join(tmp, 'orders.csv');
    writeFileSync(good, ordersCsv.join('\n'));
    const ok = run(good, '--as-of', '2025-10-01');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/clients flagged at 0.7/);
    expect(readCsv(readFileSync(join(tmp, 'orders.forecast.csv'), 'utf8')).length).toBeGreaterThan(100);
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, '\uFEFF' + [...ordersCsv, ...BAD].join('\r\n'));
    const two = run(bad, '--as-of', '2025-10-01', '-o', join(tmp, 'bad-out.csv'));
    expect(two.status, two.stderr).toBe(2);
    expect(readCsv(readFileSync(join(tmp, 'bad-out.errors.csv'), 'utf8')).map((e) => e.reason)).toEqual(['negative', 'future_date', 'not_a_number']);
    const missing = join(tmp, 'missing.csv');
    writeFileSync(missing, 'customer_id,amount\n1,5\n');
    const one = run(missing);
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/orders: missing required column\(s\): date/);
  });
});
