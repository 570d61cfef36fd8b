/**
 * Parses an untrusted model-card JSON (fetched by the browser or read by the CLI) into a typed
 * ModelCard, failing early with a message naming the offending path, so that a stale or
 * hand-edited card can never silently produce wrong scores.
 */
import type { Calibration, FeatureSpec, FieldSpec, ModelCard } from './types';

export const SUPPORTED_SCHEMA_VERSION = 1;

export class CardError extends Error {
  constructor(message: string) {
    super(`Invalid model card: ${message}`);
    this.name = 'CardError';
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new CardError(`${path} must be an object`);
  return v;
}
function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new CardError(`${path}.${key} is missing or not a non-empty string`);
  return v;
}
function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new CardError(`${path} must be a finite number`);
  return v;
}
function numArr(v: unknown, path: string, len?: number): number[] {
  if (!Array.isArray(v)) throw new CardError(`${path} must be an array of numbers`);
  if (len !== undefined && v.length !== len) throw new CardError(`${path} must have ${len} elements, has ${v.length}`);
  // The element path is built only on failure: references hold tens of thousands of numbers.
  return v.map((x, i) => (typeof x === 'number' && Number.isFinite(x) ? x : num(x, `${path}[${i}]`)));
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new CardError(`${path} must be an array`);
  return v as unknown[];
}
function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new CardError(`${path} must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
  }
  return v as T;
}
function pair(v: unknown, path: string): [number, number] {
  const a = numArr(v, path, 2);
  if (a[0] > a[1]) throw new CardError(`${path} lower bound exceeds upper bound`);
  return [a[0], a[1]];
}

function checkField(v: unknown, i: number): FieldSpec {
  const path = `fields[${i}]`;
  const f = obj(v, path);
  str(f, 'name', path);
  oneOf(f.type, ['number', 'integer', 'category', 'id'] as const, `${path}.type`);
  if (typeof f.required !== 'boolean') throw new CardError(`${path}.required must be a boolean`);
  if (f.min !== undefined) num(f.min, `${path}.min`);
  if (f.max !== undefined) num(f.max, `${path}.max`);
  if (f.type === 'category') {
    const cats = arr(f.categories, `${path}.categories`);
    if (cats.some((c) => typeof c !== 'string')) throw new CardError(`${path}.categories must be strings`);
  }
  return f as unknown as FieldSpec;
}

function checkFeature(v: unknown, i: number, fields: Map<string, FieldSpec>, reference: Obj): FeatureSpec {
  const path = `features[${i}]`;
  const f = obj(v, path);
  str(f, 'name', path);
  const needField = (name: unknown, p: string, types: FieldSpec['type'][]): void => {
    if (typeof name !== 'string') throw new CardError(`${p} must be a string`);
    const field = fields.get(name);
    if (!field) throw new CardError(`${p} references unknown column "${name}"`);
    if (!types.includes(field.type)) throw new CardError(`${p} column "${name}" has type ${field.type}, expected ${types.join('/')}`);
  };
  const kind = oneOf(f.kind, ['numeric', 'onehot', 'ratio', 'percentile_mean'] as const, `${path}.kind`);
  switch (kind) {
    case 'numeric':
      needField(f.source, `${path}.source`, ['number', 'integer']);
      pair(f.clip, `${path}.clip`);
      break;
    case 'onehot':
      needField(f.source, `${path}.source`, ['category']);
      if (f.value !== null && typeof f.value !== 'string') throw new CardError(`${path}.value must be a string or null`);
      break;
    case 'ratio':
      needField(f.numerator, `${path}.numerator`, ['number', 'integer']);
      needField(f.denominator, `${path}.denominator`, ['number', 'integer']);
      pair(f.clip, `${path}.clip`);
      break;
    case 'percentile_mean': {
      const sources = arr(f.sources, `${path}.sources`);
      if (sources.length === 0) throw new CardError(`${path}.sources is empty`);
      sources.forEach((s, j) => {
        needField(s, `${path}.sources[${j}]`, ['number', 'integer']);
        if (!Array.isArray(reference[s as string])) throw new CardError(`reference["${String(s)}"] missing for ${path}`);
      });
      break;
    }
  }
  return f as unknown as FeatureSpec;
}

function checkCalibration(v: unknown): Calibration {
  const c = obj(v, 'calibration');
  const method = oneOf(c.method, ['none', 'isotonic', 'platt'] as const, 'calibration.method');
  if (method === 'isotonic') {
    const x = numArr(c.x, 'calibration.x');
    const y = numArr(c.y, 'calibration.y', x.length);
    if (x.length === 0) throw new CardError('calibration.x is empty');
    for (let i = 1; i < x.length; i++) if (x[i] < x[i - 1]) throw new CardError('calibration.x must be ascending');
    return { method, x, y };
  }
  if (method === 'platt') return { method, a: num(c.a, 'calibration.a'), b: num(c.b, 'calibration.b') };
  return { method };
}

/** Validates `json` against the ModelCard shape (types.ts) and returns it typed. Throws CardError. */
export function parseCard(json: unknown): ModelCard {
  const c = obj(json, 'card');
  if (c.schemaVersion !== SUPPORTED_SCHEMA_VERSION) {
    throw new CardError(`schemaVersion ${JSON.stringify(c.schemaVersion)} is not supported (expected ${SUPPORTED_SCHEMA_VERSION}); update the app or re-export the model`);
  }
  for (const k of ['modelId', 'cardVersion', 'algorithm', 'target', 'idField']) str(c, k, 'card');
  oneOf(c.role, ['champion', 'runner_up'] as const, 'role');
  const onnx = obj(c.onnx, 'onnx');
  for (const k of ['file', 'sha256', 'inputName', 'probabilityOutput']) str(onnx, k, 'onnx');
  oneOf(onnx.kind, ['tree_ensemble', 'linear'] as const, 'onnx.kind');
  if (c.explain !== undefined) {
    const e = obj(c.explain, 'explain');
    str(e, 'file', 'explain');
    str(e, 'sha256', 'explain');
    oneOf(e.margin, ['logit', 'probability'] as const, 'explain.margin');
  }

  const fieldList = arr(c.fields, 'fields').map(checkField);
  const fields = new Map<string, FieldSpec>();
  for (const f of fieldList) {
    if (fields.has(f.name)) throw new CardError(`fields: duplicate column "${f.name}"`);
    fields.set(f.name, f);
  }
  if (!fields.has(c.idField as string)) throw new CardError(`idField "${String(c.idField)}" is not among fields`);

  const reference = obj(c.reference, 'reference');
  for (const [k, v] of Object.entries(reference)) {
    const a = numArr(v, `reference["${k}"]`);
    for (let i = 1; i < a.length; i++) if (a[i] < a[i - 1]) throw new CardError(`reference["${k}"] must be sorted ascending`);
  }
  const features = arr(c.features, 'features').map((f, i) => checkFeature(f, i, fields, reference));
  if (features.length === 0) throw new CardError('features is empty');
  const names = new Set<string>();
  for (const f of features) {
    if (names.has(f.name)) throw new CardError(`features: duplicate name "${f.name}"`);
    names.add(f.name);
  }

  checkCalibration(c.calibration);

  const th = obj(c.thresholds, 'thresholds');
  const ids = ['best_f1', 'high_precision', 'high_recall', 'default'] as const;
  const active = oneOf(th.active, ids, 'thresholds.active');
  const scenarios = arr(th.scenarios, 'thresholds.scenarios').map((s, i) => {
    const o = obj(s, `thresholds.scenarios[${i}]`);
    oneOf(o.id, ids, `thresholds.scenarios[${i}].id`);
    num(o.threshold, `thresholds.scenarios[${i}].threshold`);
    return o;
  });
  if (!scenarios.some((s) => s.id === active)) throw new CardError(`thresholds.active "${active}" has no scenario`);

  const cuts = numArr(obj(c.deciles, 'deciles').cutPoints, 'deciles.cutPoints', 9);
  for (let i = 1; i < cuts.length; i++) if (cuts[i] > cuts[i - 1]) throw new CardError('deciles.cutPoints must be descending');

  const seg = obj(c.segments, 'segments');
  for (const k of ['High', 'Medium', 'Low']) pair(seg[k], `segments.${k}`);
  if (c.tiers !== undefined) {
    const ti = obj(c.tiers, 'tiers');
    oneOf(ti.default, ['probability', 'decile'] as const, 'tiers.default');
    const b = obj(ti.probability, 'tiers.probability');
    if (num(b.low, 'tiers.probability.low') > num(b.high, 'tiers.probability.high')) throw new CardError('tiers.probability: low must not exceed high');
    const v = obj(ti.validation, 'tiers.validation');
    for (const r of ['probability', 'decile']) for (const k of ['High', 'Medium', 'Low']) {
      const f = obj(obj(v[r], `tiers.validation.${r}`)[k], `tiers.validation.${r}.${k}`);
      for (const m of ['count', 'share', 'conversionRate']) num(f[m], `tiers.validation.${r}.${k}.${m}`);
    }
  }

  const cl = obj(c.clusters, 'clusters');
  const cf = arr(cl.features, 'clusters.features');
  const scaler = obj(cl.scaler, 'clusters.scaler');
  numArr(scaler.mean, 'clusters.scaler.mean', cf.length);
  numArr(scaler.scale, 'clusters.scaler.scale', cf.length);
  const cents = arr(cl.centroids, 'clusters.centroids');
  if (cents.length === 0) throw new CardError('clusters.centroids is empty');
  cents.forEach((r, i) => numArr(r, `clusters.centroids[${i}]`, cf.length));
  const cnames = arr(cl.names, 'clusters.names');
  if (cnames.length !== cents.length) throw new CardError('clusters.names must have one entry per centroid');
  cnames.forEach((n, i) => {
    const o = obj(n, `clusters.names[${i}]`);
    for (const l of ['en', 'ru', 'pl']) str(o, l, `clusters.names[${i}]`);
  });
  const derived = new Set<string>();
  if (cl.derived !== undefined) {
    arr(cl.derived, 'clusters.derived').forEach((d, i) => {
      const o = obj(d, `clusters.derived[${i}]`);
      const kind = str(o, 'kind', `clusters.derived[${i}]`);
      if (!['numeric', 'onehot', 'ratio', 'percentile_mean'].includes(kind)) throw new CardError(`clusters.derived[${i}].kind "${kind}" is not supported`);
      derived.add(str(o, 'name', `clusters.derived[${i}]`));
    });
  }
  for (const name of cf) {
    if (typeof name !== 'string') throw new CardError('clusters.features must be strings');
    if (!names.has(name) && !fields.has(name) && !derived.has(name)) throw new CardError(`clusters.features references unknown feature "${name}"`);
  }

  obj(c.metrics, 'metrics');
  const tr = obj(c.training, 'training');
  str(tr, 'dataSha256', 'training');
  return c as unknown as ModelCard;
}
