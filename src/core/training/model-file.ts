/**
 * The one-file export format of a registry model (card + weights + checksum) and its checks on import:
 * format and schema version, a well-formed card, feature compatibility with the current field and feature
 * definitions, and the SHA-256 of the canonical { card, weights } JSON. Pure: storage decides what to keep.
 */
import { parseCard, SUPPORTED_SCHEMA_VERSION } from '../card/load';
import type { ModelCard } from '../card/types';
import { sha256Hex } from '../score';
import { CUSTOMER_TASKS, MODEL_TASKS, type ModelWeights, type RegistryModel } from './types';

export const MODEL_FILE_FORMAT = 'leadlens-model';
export const MODEL_FILE_VERSION = 1;

/** JSON with object keys sorted, so the checksum does not depend on key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** SHA-256 of the canonical JSON of a model file's payload (what its checksum covers). */
export function payloadChecksum(payload: unknown): Promise<string> {
  return sha256Hex(new TextEncoder().encode(canonicalJson(payload)));
}

/** What a conversion model file's checksum covers. */
const modelPayload = (card: ModelCard, weights: ModelWeights | undefined) => ({ card, weights: weights ?? null });

export function modelChecksum(card: ModelCard, weights: ModelWeights | undefined): Promise<string> {
  return payloadChecksum(modelPayload(card, weights));
}

export class ModelFileError extends Error {
  constructor(readonly code: 'not_json' | 'wrong_format' | 'schema_version' | 'bad_card' | 'incompatible' | 'checksum' | 'bad_weights' | 'built_in' | 'wrong_task', message: string) {
    super(`[${code}] ${message}`);
    this.name = 'ModelFileError';
  }
}

/** The one-file envelope shared by every task's export: format, file version, then the model's own fields. */
export function modelFileText(fields: Record<string, unknown>): string {
  return JSON.stringify({ format: MODEL_FILE_FORMAT, formatVersion: MODEL_FILE_VERSION, ...fields });
}

export function exportModelFile(m: RegistryModel): string {
  const { id, task, kind, createdAt, createdBy, dataSummary, card, weights, sha256 } = m;
  return modelFileText({ id, task, kind, createdAt, createdBy, dataSummary, card, weights, sha256 });
}

/** The checks every model file gets first: JSON, the LeadLens format, the file version. */
export function readModelEnvelope(text: string): Record<string, unknown> {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ModelFileError('not_json', 'The file is not a LeadLens model (not JSON)');
  }
  if (!o || o.format !== MODEL_FILE_FORMAT) throw new ModelFileError('wrong_format', 'The file is not a LeadLens model export');
  if (o.formatVersion !== MODEL_FILE_VERSION) throw new ModelFileError('schema_version', `Model file version ${String(o.formatVersion)} is not supported (expected ${MODEL_FILE_VERSION})`);
  return o;
}

/** The id check every model file gets last: a plain name, the one its card carries. */
export function checkFileId(o: Record<string, unknown>, cardId: string): string {
  if (typeof o.id !== 'string' || !/^[\w.@-]{1,80}$/.test(o.id)) throw new ModelFileError('bad_card', 'The model id is missing or not a plain name');
  if (cardId !== o.id) throw new ModelFileError('bad_card', `The card belongs to model ${cardId}, not ${o.id}`);
  return o.id;
}

/** SHA-256 of the canonical JSON of a file's payload; throws 'checksum' when it differs from the file's. */
export async function checkPayloadSum(payload: unknown, o: Record<string, unknown>): Promise<string> {
  const sum = await payloadChecksum(payload);
  if (sum !== o.sha256) throw new ModelFileError('checksum', 'The checksum does not match: the file was changed or damaged');
  return sum;
}

/** First difference between the model's inputs and the current definitions, or undefined when compatible. */
export function incompatibility(card: ModelCard, current: ModelCard): string | undefined {
  const f = (c: ModelCard) => c.fields.map((x) => ({ name: x.name, type: x.type, categories: x.categories ?? null }));
  const a = f(card);
  const b = f(current);
  for (const want of b) {
    const got = a.find((x) => x.name === want.name);
    if (!got) return `field ${want.name} is missing`;
    if (canonicalJson(got) !== canonicalJson(want)) return `field ${want.name} is defined differently`;
  }
  if (card.features.length !== current.features.length) return `${card.features.length} features, the app has ${current.features.length}`;
  for (let i = 0; i < card.features.length; i++) {
    if (canonicalJson(card.features[i]) !== canonicalJson(current.features[i])) return `feature ${i + 1} (${card.features[i].name}) differs from the app's ${current.features[i].name}`;
  }
  return undefined;
}

function checkWeights(w: unknown, features: number): ModelWeights {
  const o = w as Partial<ModelWeights> | null;
  const bad = (why: string): never => { throw new ModelFileError('bad_weights', `weights: ${why}`); };
  if (!o || typeof o !== 'object') return bad('missing');
  if (o.kind === 'logistic') {
    for (const k of ['coef', 'means', 'scales'] as const) if (!Array.isArray(o[k]) || o[k].length !== features || o[k].some((v) => typeof v !== 'number' || !Number.isFinite(v))) bad(`${k} must hold ${features} numbers`);
    if (typeof o.intercept !== 'number') bad('intercept must be a number');
  } else if (o.kind === 'gbt') {
    if (!o.trees || !Array.isArray(o.trees.trees)) bad('trees missing');
  } else if (o.kind === 'mlp') {
    if (!Array.isArray(o.layers) || o.layers.length === 0 || !Array.isArray(o.mean) || o.mean.length !== features) bad('layers or scaler missing');
  } else bad(`unknown kind ${JSON.stringify(o.kind)}`);
  return o as ModelWeights;
}

/** Parses and checks an exported model file against the current card; throws ModelFileError with a clear message. */
export async function parseModelFile(text: string, current: ModelCard): Promise<RegistryModel> {
  const o = readModelEnvelope(text);
  if ((CUSTOMER_TASKS as readonly unknown[]).includes(o.task)) throw new ModelFileError('wrong_task', 'This file holds a next-month sales or 14-day purchase model: import it under "Sales and purchase models"');
  const cardObj = o.card as { schemaVersion?: unknown } | undefined;
  if (cardObj?.schemaVersion !== SUPPORTED_SCHEMA_VERSION) throw new ModelFileError('schema_version', `Model card schema ${String(cardObj?.schemaVersion)} is not supported (expected ${SUPPORTED_SCHEMA_VERSION})`);
  let card: ModelCard;
  try {
    card = parseCard(o.card);
  } catch (e) {
    throw new ModelFileError('bad_card', (e as Error).message);
  }
  const why = incompatibility(card, current);
  if (why) throw new ModelFileError('incompatible', `The model does not fit the current lead fields: ${why}`);
  const weights = checkWeights(o.weights, card.features.length);
  const sum = await checkPayloadSum(modelPayload(card, weights), o);
  const task = MODEL_TASKS.includes(o.task as never) ? (o.task as RegistryModel['task']) : 'conversion';
  const id = checkFileId(o, card.modelId);
  return {
    id, task, kind: weights.kind, builtIn: false, card, weights, sha256: sum,
    createdAt: typeof o.createdAt === 'number' ? o.createdAt : Date.now(), createdBy: typeof o.createdBy === 'string' ? o.createdBy : 'import',
    dataSummary: typeof o.dataSummary === 'string' ? o.dataSummary : undefined,
  };
}
