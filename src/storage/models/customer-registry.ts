/**
 * The customer models' registry actions (Models panel, issue #12): activate (by the same "not worse" rule as a
 * retrain), roll back, delete (never the active model nor a part of an active blend), export as one file and
 * import checked. One mechanism with the conversion registry: the active state, history, deletion rules and
 * audit entries are models-repo.ts's; the file format is core/forecast/model-file.ts on the conversion file's
 * envelope and checksum. Admin only: each call checks the role first under its own action name, so an analyst's
 * refusal is audited as what they tried. Built-in customer models do not exist (they are always fitted here).
 */
import { parseCustomerModelFile, exportCustomerModelFile } from '../../core/forecast/model-file';
import { taskVerdict, type TaskVerdict } from '../../core/forecast/retrain-rule';
import type { ForecastModelCard } from '../../core/forecast/card';
import { ModelFileError } from '../../core/training/model-file';
import type { ActiveState, CustomerTask } from '../../core/training/types';
import { logAudit } from '../audit-repo';
import { customerActiveStates, customerCard, partIds, type CustomerModelRecord } from '../customers/active-models';
import { db } from '../db';
import { requireAdmin, type Session } from '../session';
import { activateModel, deleteModel, getStoredModel, RegistryError, rollbackModel, type AuditDetail } from './models-repo';

const CUSTOMER_KINDS = ['forecast-sales', 'forecast-purchase'];

/** Every stored customer model, newest first. */
export async function listCustomerModels(): Promise<CustomerModelRecord[]> {
  return ((await db().models.where('kind').anyOf(CUSTOMER_KINDS).toArray()) as unknown as CustomerModelRecord[]).sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

export function customerStates(): Promise<Partial<Record<CustomerTask, ActiveState>>> {
  return customerActiveStates(db());
}

async function record(id: string): Promise<CustomerModelRecord> {
  const m = (await getStoredModel(id)) as unknown as CustomerModelRecord | undefined;
  if (!m || !CUSTOMER_KINDS.includes(m.kind)) throw new RegistryError('not_found', `No customer model ${id}`);
  return m;
}

/** Whether `id` may replace the active model of its task by the retrain rule: the verdict, with the model and the
 * active card it was judged against. */
async function activationVerdict(id: string): Promise<{ task: CustomerTask; verdict: TaskVerdict; allowed: boolean; active?: string; m: CustomerModelRecord; old?: ForecastModelCard }> {
  const m = await record(id);
  const cur = (await customerStates())[m.task];
  const old = cur && (await customerCard(db(), cur.id));
  const verdict = taskVerdict(m.task, old?.metrics, m.card.metrics);
  return { task: m.task, verdict, allowed: verdict !== 'worse' && verdict !== 'no_backtest', active: cur?.id, m, old };
}

const flat = (prefix: string, f: Record<string, number> | undefined): AuditDetail =>
  Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => Number.isFinite(v)).map(([k, v]) => [`${prefix}.${k}`, v]));

export async function activateCustomerModel(session: Session | undefined, id: string): Promise<ActiveState> {
  requireAdmin(session, 'models.customers.activate');
  const v = await activationVerdict(id);
  if (!v.allowed) throw new RegistryError('worse', `${id} is worse than the active model by the rule (${v.verdict})`);
  const detail = { what: 'customer-model', verdict: v.verdict, ...flat('old', v.old?.metrics), ...flat('new', v.m.card.metrics) };
  return activateModel(session, v.task, id, { champion: v.active ?? '', builtIns: [], detail });
}

export async function rollbackCustomerModel(session: Session | undefined, task: CustomerTask): Promise<ActiveState> {
  requireAdmin(session, 'models.customers.rollback');
  return rollbackModel(session, task, []);
}

/** Deletes a stored customer model: never an active one, never a part of an active blend. */
export async function deleteCustomerModel(session: Session | undefined, id: string): Promise<void> {
  requireAdmin(session, 'models.customers.delete');
  const m = await record(id);
  const states = await customerStates();
  const inUse: string[] = [];
  for (const st of [states.sales, states.purchase]) {
    const c = st && (await customerCard(db(), st.id));
    if (st) inUse.push(st.id, ...(c ? partIds(c) : []));
  }
  await deleteModel(session, id, states[m.task]?.id ?? '', inUse);
}

/** One file: the card with its parameters (and a blend's parts), checksummed. */
export async function exportCustomerModel(session: Session | undefined, id: string): Promise<{ name: string; text: string }> {
  const s = requireAdmin(session, 'models.customers.export');
  const m = await record(id);
  const parts = await Promise.all(partIds(m.card).map(async (p) => (await record(p)).card));
  const text = await exportCustomerModelFile(m.card, parts, { createdAt: m.createdAt, createdBy: m.createdBy ?? 'leadlens' });
  await logAudit('export', { what: 'model', modelId: id, task: m.task }, s.userId);
  return { name: `${id.replace(/[^\w.-]+/g, '_')}.leadlens-model.json`, text };
}

/** Imports a checked file; a bad file (or a model already here) throws and changes nothing. Not activated. */
export async function importCustomerModel(session: Session | undefined, text: string, fileName = ''): Promise<CustomerModelRecord> {
  const s = requireAdmin(session, 'models.customers.import');
  const f = await parseCustomerModelFile(text);
  if (await getStoredModel(f.card.id)) throw new RegistryError('exists', `A model with id ${f.card.id} already exists`);
  const rec = (card: typeof f.card): CustomerModelRecord => ({ id: card.id, kind: card.task === 'sales' ? 'forecast-sales' : 'forecast-purchase', task: card.task, createdAt: Date.now(), card, createdBy: s.userId, importedFrom: fileName });
  const d = db();
  await d.transaction('rw', d.models, async () => {
    for (const p of f.parts) {
      const have = (await d.models.get(p.id)) as CustomerModelRecord | undefined;
      if (have && JSON.stringify(have.card) !== JSON.stringify(p)) throw new ModelFileError('incompatible', `A different model ${p.id} is already stored`);
      if (!have) await d.models.add(rec(p) as unknown as Record<string, unknown>);
    }
    await d.models.add(rec(f.card) as unknown as Record<string, unknown>);
  });
  await logAudit('import', { what: 'model', modelId: f.card.id, kind: f.card.kind, task: f.card.task, parts: f.parts.map((p) => p.id).join(' '), sha256: f.sha256 }, s.userId);
  return rec(f.card);
}
