/**
 * Forecasting with stored customer model cards, without refitting: the active sales and purchase models (or an
 * imported one) applied to the current data at a new as-of day. This is what "Run forecasts" does once models
 * exist, so the Models panel's activation rule is never bypassed, and what proves an exported-then-imported
 * model forecasts exactly as before. The predictions go through the engine's own predict functions
 * (engine-models.ts), so a card applied at its training as-of day reproduces the engine's forecasts bit for bit.
 */
import { prepareCustomerData } from '../customers/customer-data';
import { column, FEATURES, pointInTimeFeatures, type FeatureFrame, type FeatureName, type FeatureNotice } from '../customers/features';
import type { ActivityBook, Client, OrderBook } from '../customers/types';
import { DEFAULT_THRESHOLD } from './backtest';
import type { BgNbdCardParams, BlendCardParams, ForecastModelCard } from './card';
import { BGNBD_FEATURES, blend, NAIVE_FEATURES, predictBgNbdGg, predictLinearSales, predictLogisticPurchase, predictNaive, TIME_UNIT_DAYS } from './engine-models';
import type { LinearModel } from './linear';
import type { LogisticModel } from './logistic';

/** Kinds each task can have (a blend combines models of its own task). */
const KINDS_BY_TASK = { sales: ['naive', 'linear', 'bgnbd-gg', 'blend'], purchase: ['logistic', 'bgnbd', 'blend'] } as const;
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Why a card cannot run on this app's features, or undefined when it can: the task allows the kind, every
 * feature is one the app computes, a regression's parameters name exactly the card's features and transforms,
 * BG/NBD counts in weeks over frequency/recency/age, and a blend's parts (given in `parts`) are present.
 */
export function cardIncompatibility(card: ForecastModelCard, parts: readonly ForecastModelCard[] = []): string | undefined {
  if (!(KINDS_BY_TASK[card.task] as readonly string[]).includes(card.kind)) return `a ${card.task} model cannot be of kind ${card.kind}`;
  const unknown = card.features.find((f) => !(FEATURES as readonly string[]).includes(f.name));
  if (unknown) return `feature ${unknown.name} is not one the app computes`;
  const names = card.features.map((f) => f.name);
  if (card.kind === 'linear' || card.kind === 'logistic') {
    const p = card.params as LinearModel | LogisticModel;
    if (!sameList(p.names ?? [], names)) return `the parameters name features ${(p.names ?? []).join(', ')}, the card ${names.join(', ')}`;
    if (!sameList(p.transforms, card.features.map((f) => f.transform))) return 'the parameters and the card transform the features differently';
  }
  if (card.kind === 'naive' && !sameList(names, NAIVE_FEATURES.map((f) => f.name))) return 'the last-30-days model reads only spend_30d';
  if (card.kind === 'bgnbd' || card.kind === 'bgnbd-gg') {
    if (!sameList(names, BGNBD_FEATURES.map((f) => f.name))) return `BG/NBD reads ${BGNBD_FEATURES.map((f) => f.name).join(', ')}`;
    if ((card.params as BgNbdCardParams).timeUnitDays !== TIME_UNIT_DAYS) return `BG/NBD rates must be per ${TIME_UNIT_DAYS} days`;
  }
  if (card.kind === 'blend') {
    for (const id of (card.params as BlendCardParams).components) {
      const part = parts.find((m) => m.id === id);
      if (!part) return `the blend's part ${id} is missing`;
      if (part.task !== card.task || part.kind === 'blend') return `the blend's part ${id} is not a single ${card.task} model`;
      const why = cardIncompatibility(part);
      if (why) return `${id}: ${why}`;
    }
  }
  return undefined;
}

/** The features a card reads that the current data lacks (e.g. web activity), before predicting. */
function requireColumns(card: ForecastModelCard, frame: FeatureFrame): void {
  const missing = card.features.filter((f) => column(frame, f.name as FeatureName) === undefined).map((f) => f.name);
  if (missing.length) throw new Error(`[feature_missing] Model ${card.id} needs ${missing.join(', ')}, which the current data does not have`);
}

export type CardLookup = (id: string) => ForecastModelCard | undefined;

/** A card's forecast of every client of the frame: next-30-day spend (sales) or P(buy within 14 days) (purchase). */
export function predictWithCard(card: ForecastModelCard, frame: FeatureFrame, lookup: CardLookup): Float64Array {
  requireColumns(card, frame);
  switch (card.kind) {
    case 'naive': return predictNaive(frame);
    case 'linear': return predictLinearSales(card.params as LinearModel, frame);
    case 'logistic': return predictLogisticPurchase(card.params as LogisticModel, frame);
    case 'bgnbd':
    case 'bgnbd-gg': {
      const p = predictBgNbdGg(bgnbdOf(card), frame);
      return card.task === 'sales' ? p.spend30 : p.pBuy14;
    }
    case 'blend': {
      const b = card.params as BlendCardParams;
      const parts = b.components.map((id) => {
        const part = lookup(id);
        if (!part) throw new Error(`[model_missing] The blend ${card.id} needs model ${id}, which is not in the registry`);
        return predictWithCard(part, frame, lookup);
      });
      // Two equal-weight parts: the engine's own blend (same arithmetic, so the same bits); else the weighted sum.
      if (parts.length === 2 && b.weights[0] === 0.5 && b.weights[1] === 0.5) return blend(parts[0], parts[1]);
      return parts[0].map((_, i) => parts.reduce((s, p, j) => s + b.weights[j] * p[i], 0));
    }
  }
}

function bgnbdOf(card: ForecastModelCard): Parameters<typeof predictBgNbdGg>[0] {
  const p = card.params as BgNbdCardParams;
  return { bg: { params: p.bgnbd }, ...(p.gammaGamma ? { gg: { params: p.gammaGamma } } : {}) };
}

/** The first BG/NBD card among the models and their parts: it gives expected purchases and P(alive). */
function bgnbdSource(cards: ForecastModelCard[], lookup: CardLookup): ForecastModelCard | undefined {
  for (const c of cards) {
    if (c.kind === 'bgnbd' || c.kind === 'bgnbd-gg') return c;
    if (c.kind === 'blend') {
      const inner = bgnbdSource((c.params as BlendCardParams).components.map(lookup).filter((m): m is ForecastModelCard => !!m), lookup);
      if (inner) return inner;
    }
  }
  return undefined;
}

export interface CardForecast {
  asOfDay: number;
  threshold: number;
  clientIds: string[];
  spend30: Float64Array;
  /** Expected purchase days in 30 days from a BG/NBD card among the models; the last-30-day count without one. */
  purchases30: Float64Array;
  /** P(alive) from that BG/NBD card; NaN without one. */
  pAlive: Float64Array;
  pBuy14: Float64Array;
  flagged: number;
  notices: FeatureNotice[];
}

/** Forecasts every client known before `asOfDay` with the given sales and purchase cards (no fitting). */
export function forecastWithCards(book: OrderBook, activity: ActivityBook | undefined, clients: readonly Client[] | undefined,
  opts: { asOfDay: number; threshold?: number; sales: ForecastModelCard; purchase: ForecastModelCard; lookup: CardLookup }): CardForecast {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const data = prepareCustomerData(book, activity, clients);
  const frame = pointInTimeFeatures(data, opts.asOfDay);
  const spend30 = predictWithCard(opts.sales, frame, opts.lookup);
  const pBuy14 = predictWithCard(opts.purchase, frame, opts.lookup);
  const src = bgnbdSource([opts.sales, opts.purchase], opts.lookup);
  const bg = src && predictBgNbdGg(bgnbdOf(src), frame);
  let flagged = 0;
  for (const p of pBuy14) if (p >= threshold) flagged++;
  return {
    asOfDay: opts.asOfDay, threshold,
    clientIds: Array.from(frame.clients, (c) => data.ids[c]),
    spend30, pBuy14, flagged,
    purchases30: bg ? bg.purchases30 : Float64Array.from(column(frame, 'purchases_30d')!),
    pAlive: bg ? bg.pAlive : new Float64Array(frame.clients.length).fill(NaN),
    notices: frame.notices,
  };
}
