// Forecasting with stored cards equals the engine bit for bit (every candidate card applied at its own as-of day
// reproduces the engine's predictions), and a model exported to one file and imported back forecasts exactly the
// same at a later day. A bad file is refused with a message naming what is wrong.
import { describe, expect, it } from 'vitest';
import { buildActivityBook } from '../customers/activity-book';
import { epochDay } from '../customers/days';
import { generateDemo } from '../customers/demo';
import { pointInTimeFeatures } from '../customers/features';
import { prepareCustomerData } from '../customers/customer-data';
import { buildOrderBook } from '../customers/order-book';
import { forecastWithCards, predictWithCard } from './apply-cards';
import type { BlendCardParams, ForecastModelCard } from './card';
import { runForecast } from './engine';
import { exportCustomerModelFile, parseCustomerModelFile } from './model-file';

const demo = generateDemo({ clients: 1500, seed: 7 });
const book = buildOrderBook(demo.orders);
const activity = buildActivityBook(demo.activity);
const asOfDay = epochDay(2025, 10, 1);
const result = runForecast(book, activity, demo.clients, { asOfDay, trainedAt: '2000-01-01T00:00:00.000Z' });

const partsOf = (card: ForecastModelCard, all: ForecastModelCard[]): ForecastModelCard[] =>
  card.kind === 'blend' ? (card.params as BlendCardParams).components.map((id) => all.find((m) => m.id === id)!) : [];

async function roundTrip(card: ForecastModelCard, all: ForecastModelCard[]) {
  const text = await exportCustomerModelFile(card, partsOf(card, all), { createdAt: 1, createdBy: 'admin-1' });
  return { text, file: await parseCustomerModelFile(text) };
}

describe('forecasting with stored cards', () => {
  it('reproduces every candidate of the engine exactly', async () => {
    const r = await result;
    const lookup = (id: string) => r.models.find((m) => m.id === id);
    const frame = pointInTimeFeatures(prepareCustomerData(book, activity, demo.clients), asOfDay);
    expect(r.models.length).toBeGreaterThanOrEqual(6);
    for (const card of r.models) expect(predictWithCard(card, frame, lookup), card.id).toEqual(r.predictionsByModel[card.id]);
    const f = forecastWithCards(book, activity, demo.clients, { asOfDay, sales: lookup(r.selection.sales.chosenId)!, purchase: lookup(r.selection.purchase.chosenId)!, lookup });
    expect(f.clientIds).toEqual(r.forecasts.clientIds);
    expect(f.spend30).toEqual(r.forecasts.spend30);
    expect(f.pBuy14).toEqual(r.forecasts.pBuy14);
    expect(f.flagged).toBe(r.flagged);
  });

  it('an exported-then-imported model forecasts identically at a later day', async () => {
    const r = await result;
    const later = asOfDay + 45;
    for (const [sid, pid] of [[r.selection.sales.chosenId, r.selection.purchase.chosenId], ['sales-blend@2025-10-01', 'purchase-blend@2025-10-01'], ['sales-linear@2025-10-01', 'purchase-logistic@2025-10-01']]) {
      const lookup = (id: string) => r.models.find((m) => m.id === id);
      const before = forecastWithCards(book, activity, demo.clients, { asOfDay: later, sales: lookup(sid)!, purchase: lookup(pid)!, lookup });
      const s = (await roundTrip(lookup(sid)!, r.models)).file;
      const p = (await roundTrip(lookup(pid)!, r.models)).file;
      const imported = [s.card, ...s.parts, p.card, ...p.parts];
      const after = forecastWithCards(book, activity, demo.clients, { asOfDay: later, sales: s.card, purchase: p.card, lookup: (id) => imported.find((m) => m.id === id) });
      expect(after).toEqual(before);
      expect(s.card).toEqual(lookup(sid));
    }
  });

  it('refuses a bad file, naming what is wrong', async () => {
    const r = await result;
    const blend = r.models.find((m) => m.id === 'sales-blend@2025-10-01')!;
    const { text } = await roundTrip(blend, r.models);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits arbitrary parts of the parsed file
    const edit = (fn: (o: any) => void): string => { const o: unknown = JSON.parse(text); fn(o); return JSON.stringify(o); };
    const refused = async (t: string) => parseCustomerModelFile(t).then(() => 'accepted', (e: Error) => e.message);
    expect(await refused('{oops')).toMatch(/^\[not_json\]/);
    expect(await refused('{"format":"other"}')).toMatch(/^\[wrong_format\]/);
    expect(await refused(edit((o) => { o.formatVersion = 2; }))).toMatch(/^\[schema_version\] Model file version 2/);
    expect(await refused(edit((o) => { o.card.schemaVersion = 9; }))).toMatch(/^\[schema_version\] the model: model card schema 9/);
    expect(await refused(edit((o) => { o.parts[1].features[0].name = 'shoe_size'; o.parts[1].params.names[0] = 'shoe_size'; }))).toMatch(/^\[incompatible\].*feature shoe_size is not one the app computes/);
    expect(await refused(edit((o) => { o.parts.pop(); }))).toMatch(/^\[incompatible\].*part sales-linear@2025-10-01 is missing/);
    expect(await refused(edit((o) => { o.parts[1].params.coef[0] += 1e-9; }))).toMatch(/^\[checksum\]/);
    expect(await refused(edit((o) => { o.task = 'conversion'; }))).toMatch(/^\[wrong_task\]/);
    expect(await refused(edit((o) => { o.id = 'other'; }))).toMatch(/^\[bad_card\] The card belongs to model sales-blend@2025-10-01/);
    expect(await refused(text)).toBe('accepted');
  });
});
