/**
 * The one-file export of a customer model (next-month sales, 14-day purchase) and its checks on import, on the
 * conversion registry's mechanism (core/training/model-file.ts: same envelope, file version, canonical-JSON
 * SHA-256 and id checks): the card with its parameters, plus the cards of a blend's parts so the file stands
 * alone. Checked: file version, card schema version, well-formed cards (validateForecastCard), compatibility
 * with the features this app computes (apply-cards.ts), checksum. Pure: storage decides what to keep.
 */
import { checkFileId, checkPayloadSum, ModelFileError, modelFileText, payloadChecksum, readModelEnvelope } from '../training/model-file';
import { cardIncompatibility } from './apply-cards';
import { FORECAST_CARD_SCHEMA, validateForecastCard, type BlendCardParams, type ForecastModelCard } from './card';

export interface CustomerModelFile {
  card: ForecastModelCard;
  /** A blend's parts (empty for a single model). */
  parts: ForecastModelCard[];
  sha256: string;
  createdAt: number;
  createdBy: string;
}

const payload = (card: ForecastModelCard, parts: ForecastModelCard[]) => ({ card, parts });

export async function exportCustomerModelFile(card: ForecastModelCard, parts: ForecastModelCard[], meta: { createdAt: number; createdBy: string }): Promise<string> {
  const sha256 = await payloadChecksum(payload(card, parts));
  return modelFileText({ id: card.id, task: card.task, kind: card.kind, ...meta, card, parts, sha256 });
}

function readCard(v: unknown, what: string): ForecastModelCard {
  const version = (v as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  if (version !== FORECAST_CARD_SCHEMA) throw new ModelFileError('schema_version', `${what}: model card schema ${String(version)} is not supported (expected ${FORECAST_CARD_SCHEMA})`);
  try {
    return validateForecastCard(v);
  } catch (e) {
    throw new ModelFileError('bad_card', `${what}: ${(e as Error).message}`);
  }
}

/** Parses and checks an exported customer model file; throws ModelFileError naming what is wrong. */
export async function parseCustomerModelFile(text: string): Promise<CustomerModelFile> {
  const o = readModelEnvelope(text);
  if (o.task !== 'sales' && o.task !== 'purchase') throw new ModelFileError('wrong_task', 'This file holds a lead conversion model: import it in the conversion model registry');
  const card = readCard(o.card, 'the model');
  if (card.task !== o.task) throw new ModelFileError('bad_card', `The card is a ${card.task} model, the file says ${String(o.task)}`);
  const rawParts = Array.isArray(o.parts) ? o.parts : [];
  const parts = rawParts.map((p, i) => readCard(p, `part ${i + 1}`));
  const needed = card.kind === 'blend' ? (card.params as BlendCardParams).components : [];
  const extra = parts.find((p) => !needed.includes(p.id));
  if (extra) throw new ModelFileError('bad_card', `Part ${extra.id} is not used by ${card.id}`);
  const why = cardIncompatibility(card, parts);
  if (why) throw new ModelFileError('incompatible', `The model does not fit the current client fields: ${why}`);
  const sha256 = await checkPayloadSum(payload(card, parts), o);
  checkFileId(o, card.id);
  return {
    card, parts, sha256,
    createdAt: typeof o.createdAt === 'number' ? o.createdAt : Date.now(),
    createdBy: typeof o.createdBy === 'string' ? o.createdBy : 'import',
  };
}
