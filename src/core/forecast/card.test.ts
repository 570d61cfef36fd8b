// The forecast model card survives JSON and rejects malformed cards with a message naming the field.
import { describe, expect, it } from 'vitest';
import { validateForecastCard, type ForecastModelCard } from './card';
import { fitLogistic } from './logistic';

const logistic = fitLogistic([Float64Array.from([0, 1, 2, 3, 4, 5]), Float64Array.from([3, 1, 4, 1, 5, 9])], Uint8Array.from([0, 0, 1, 0, 1, 1]), {
  names: ['visits', 'spend'],
  transforms: ['log1p', 'log1p'],
});

const good: ForecastModelCard = {
  schemaVersion: 1,
  id: 'purchase-logistic-1997-09-30',
  task: 'purchase',
  kind: 'logistic',
  features: [{ name: 'visits', transform: 'log1p' }, { name: 'spend', transform: 'log1p' }],
  params: logistic,
  trainedAt: '2026-12-01T20:00:00.000Z',
  trainingCutoffDay: 10134,
  trainingRows: 6,
  metrics: { rocAuc: 0.8, logLoss: 0.4 },
};

const bgnbd: ForecastModelCard = {
  ...good,
  id: 'sales-bgnbd-gg',
  task: 'sales',
  kind: 'bgnbd-gg',
  features: [],
  params: { bgnbd: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 }, timeUnitDays: 7 },
  dataSha256: 'a'.repeat(64),
};

const mutate = (base: ForecastModelCard, patch: Record<string, unknown>): unknown => ({ ...JSON.parse(JSON.stringify(base)), ...patch });

describe('forecast model card', () => {
  it('round-trips through JSON for regression and BG/NBD cards', () => {
    for (const c of [good, bgnbd]) expect(validateForecastCard(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('names the bad field', () => {
    expect(() => validateForecastCard(null)).toThrow(/not an object/);
    expect(() => validateForecastCard(mutate(good, { schemaVersion: 2 }))).toThrow(/schemaVersion 2 is not supported/);
    expect(() => validateForecastCard(mutate(good, { task: 'leads' }))).toThrow(/task must be/);
    expect(() => validateForecastCard(mutate(good, { kind: 'xgb' }))).toThrow(/kind must be one of/);
    expect(() => validateForecastCard(mutate(good, { trainedAt: 'yesterday' }))).toThrow(/trainedAt/);
    expect(() => validateForecastCard(mutate(good, { trainingCutoffDay: 1.5 }))).toThrow(/trainingCutoffDay/);
    expect(() => validateForecastCard(mutate(good, { metrics: { auc: 'high' } }))).toThrow(/metrics/);
    expect(() => validateForecastCard(mutate(good, { features: [{ name: 'visits', transform: 'sqrt' }] }))).toThrow(/features\[0\]\.transform/);
    expect(() => validateForecastCard(mutate(good, { features: [{ name: 'visits', transform: 'none' }] }))).toThrow(/params.coef must be 1 finite numbers/);
    expect(() => validateForecastCard(mutate(bgnbd, { dataSha256: 'xyz' }))).toThrow(/dataSha256/);
    expect(() => validateForecastCard(mutate(bgnbd, { params: { bgnbd: { r: -1, alpha: 1, a: 1, b: 1 }, timeUnitDays: 7 } }))).toThrow(/params.bgnbd/);
    expect(() => validateForecastCard(mutate(bgnbd, { params: { bgnbd: { r: 1, alpha: 1, a: 1, b: 1 }, timeUnitDays: 7 } }))).toThrow(/params.gammaGamma/);
  });
});
