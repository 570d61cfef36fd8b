/**
 * The forecast model card: what a trained customer model is, stored as plain JSON in the registry table
 * (models panel, CLI output, backups). It carries the features with their transforms, the parameters,
 * the training cutoff and the metrics, so any stored prediction can be traced to exactly what made it.
 * Cards read back from storage or files go through validateForecastCard (clear errors, never a half-card).
 */
import type { BgNbdParams } from './bgnbd';
import type { GammaGammaParams } from './gamma-gamma';
import type { LinearModel } from './linear';
import type { LogisticModel } from './logistic';
import type { FeatureTransform } from './scaler';

export const FORECAST_CARD_SCHEMA = 1;

/** naive = "same as the last 30 days"; bgnbd-gg = BG/NBD purchases × Gamma-Gamma spend. */
export type ForecastModelKind = 'naive' | 'linear' | 'logistic' | 'bgnbd' | 'bgnbd-gg';

/** Parameters of a BG/NBD (× Gamma-Gamma) model; rates are per `timeUnitDays` days (7 = weeks). */
export interface BgNbdCardParams { bgnbd: BgNbdParams; gammaGamma?: GammaGammaParams; timeUnitDays: number }

/** Parameters by kind (the naive model has none). */
export type ForecastModelParams = Record<string, never> | LinearModel | LogisticModel | BgNbdCardParams;

/** One input feature as the model sees it. */
export interface CardFeature { name: string; transform: FeatureTransform }

/** A stored forecast model (schema version 1). */
export interface ForecastModelCard {
  schemaVersion: typeof FORECAST_CARD_SCHEMA;
  id: string;
  task: 'sales' | 'purchase';
  kind: ForecastModelKind;
  features: CardFeature[];
  params: ForecastModelParams;
  /** ISO 8601 timestamp. */
  trainedAt: string;
  /** Epoch day (days since 1970-01-01 UTC): training used data strictly before it. */
  trainingCutoffDay: number;
  trainingRows: number;
  /** Hex SHA-256 of the training data, when known. */
  dataSha256?: string;
  /** Named figures (R², MSE, ROC AUC, log loss, …), finite numbers. */
  metrics: Record<string, number>;
}

const KINDS: ForecastModelKind[] = ['naive', 'linear', 'logistic', 'bgnbd', 'bgnbd-gg'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPos = (v: unknown): boolean => isNum(v) && v > 0;
const isNumArr = (v: unknown, n: number): boolean => Array.isArray(v) && v.length === n && v.every(isNum);

function need(ok: boolean, what: string): void {
  if (!ok) throw new Error(`forecast model card: ${what}`);
}

function checkRegression(p: Record<string, unknown>, kind: 'linear' | 'logistic', d: number): void {
  need(p.kind === kind, `params.kind must be "${kind}", got ${JSON.stringify(p.kind)}`);
  for (const k of ['coef', 'means', 'scales']) need(isNumArr(p[k], d), `params.${k} must be ${d} finite numbers (one per feature)`);
  need(isNum(p.intercept), 'params.intercept must be a finite number');
  need(Array.isArray(p.transforms) && p.transforms.length === d, `params.transforms must list ${d} transforms`);
  need((p.scales as number[]).every((s) => s > 0), 'params.scales must be positive');
}

function checkParams(c: Record<string, unknown>, d: number): void {
  const p = c.params;
  need(isObj(p), 'params must be an object');
  const q = p as Record<string, unknown>;
  if (c.kind === 'linear' || c.kind === 'logistic') return checkRegression(q, c.kind, d);
  if (c.kind === 'bgnbd' || c.kind === 'bgnbd-gg') {
    const b = q.bgnbd;
    need(isObj(b) && ['r', 'alpha', 'a', 'b'].every((k) => isPos(b[k])), 'params.bgnbd must have positive r, alpha, a, b');
    need(isPos(q.timeUnitDays), 'params.timeUnitDays must be a positive number');
    if (c.kind === 'bgnbd-gg') {
      const g = q.gammaGamma;
      need(isObj(g) && ['p', 'q', 'gamma'].every((k) => isPos(g[k])), 'params.gammaGamma must have positive p, q, gamma');
    }
  }
}

/** Checks a parsed card (e.g. JSON.parse of a stored one); returns it typed or throws naming the bad field. */
export function validateForecastCard(json: unknown): ForecastModelCard {
  need(isObj(json), 'not an object');
  const c = json as Record<string, unknown>;
  need(c.schemaVersion === FORECAST_CARD_SCHEMA, `schemaVersion ${JSON.stringify(c.schemaVersion)} is not supported (expected ${FORECAST_CARD_SCHEMA})`);
  need(typeof c.id === 'string' && c.id.length > 0, 'id must be a non-empty string');
  need(c.task === 'sales' || c.task === 'purchase', `task must be "sales" or "purchase", got ${JSON.stringify(c.task)}`);
  need(KINDS.includes(c.kind as ForecastModelKind), `kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(c.kind)}`);
  need(Array.isArray(c.features), 'features must be an array');
  const feats = c.features as unknown[];
  feats.forEach((f, i) => {
    need(isObj(f) && typeof f.name === 'string' && f.name.length > 0, `features[${i}].name must be a non-empty string`);
    need((f as Record<string, unknown>).transform === 'none' || (f as Record<string, unknown>).transform === 'log1p', `features[${i}].transform must be "none" or "log1p"`);
  });
  need(typeof c.trainedAt === 'string' && !Number.isNaN(Date.parse(c.trainedAt)), `trainedAt must be an ISO date-time, got ${JSON.stringify(c.trainedAt)}`);
  need(Number.isInteger(c.trainingCutoffDay), 'trainingCutoffDay must be an integer epoch day');
  need(Number.isInteger(c.trainingRows) && (c.trainingRows as number) >= 0, 'trainingRows must be a non-negative integer');
  need(c.dataSha256 === undefined || (typeof c.dataSha256 === 'string' && /^[0-9a-f]{64}$/.test(c.dataSha256)), 'dataSha256 must be 64 lowercase hex digits');
  need(isObj(c.metrics) && Object.values(c.metrics).every(isNum), 'metrics must map names to finite numbers');
  checkParams(c, feats.length);
  return c as unknown as ForecastModelCard;
}
