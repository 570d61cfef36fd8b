/**
 * Stage B of the batch pipeline (runs in the store worker; plain async code so Node tests drive it with
 * fake-indexeddb and a fake model): features → model (ModelRunner) → decisions (core) → aggregates →
 * one atomic IndexedDB commit per chunk. Finishing computes the labelled-file metrics and marks the run
 * completed in the same kind of single write, so nothing half-written ever reads as complete.
 */
import type { ModelCard } from '../../core/card/types';
import type { ModelRunner } from '../../core/score';
import type { LeadLensDb } from '../../storage/db';
import { addChunk, decideChunk, meanScore, predictedShare, runMetrics } from '../../core/csv/aggregates';
import { tierOutcomes } from '../../core/tiers/outcomes';
import { NO_LABEL, splitIds, type ChunkData } from '../../core/csv/columnar';
import { buildIndex, commitChunk, indexKeyOf, outKey, splitChunk, type StoredOutputs, type StoredRun } from '../../storage/runs/store';
import type { ChunkMsg, EndMsg } from '../csv/reader';
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { RowError } from '../../bridge/batch-contract';
import { indexSalt, sealErrorDetails, sealIds } from '../../storage/runs/id-keys';

/** Personal Customer IDs stay out of stored errors: a repeated ID is named by the row kept with it. */
function withoutIds(errors: RowError[]): RowError[] {
  return errors.map((e) => (e.code === 'duplicate_id' ? { ...e, value: '' } : e));
}
import { withTierRule } from '../../core/tiers/rule';

export interface StoreTiming { inferenceMs: number; decideMs: number; storeMs: number }

export class StoreStage {
  readonly timing: StoreTiming = { inferenceMs: 0, decideMs: 0, storeMs: 0 };
  private ys: Uint8Array[] = [];
  private ps: Float32Array[] = [];
  /** Tiers of the labelled rows (per-tier conversion on the run summary, issue #13). */
  private ss: Uint8Array[] = [];

  constructor(
    private readonly db: LeadLensDb,
    private readonly card: ModelCard,
    private readonly runner: ModelRunner,
    private run: StoredRun,
    /** Workspace keys when Customer IDs are personal: IDs sealed per chunk, index hashes salted. */
    private readonly keys?: WorkspaceKeys,
  ) {}

  private salt?: Promise<string>;
  /** The card with the run's tier rule applied (runs without one predate issue #13: decile rule). */
  private tierCard?: ModelCard;

  get record(): StoredRun { return this.run; }

  /** Resume: reload labels and scores of the committed chunks (metrics need them all). */
  async loadCommitted(): Promise<void> {
    if (!this.run.hasLabels || this.run.committedChunks === 0) return;
    const keys = Array.from({ length: this.run.committedChunks }, (_, k): [string, number] => [this.run.id, outKey(k)]);
    const rows = (await this.db.runChunks.bulkGet(keys)) as unknown as (StoredOutputs | undefined)[];
    for (const r of rows) if (r) this.keepLabels(r.out);
  }

  async onChunk(msg: ChunkMsg): Promise<void> {
    if (msg.chunk !== this.run.committedChunks) throw new Error(`chunk ${msg.chunk} arrived, expected ${this.run.committedChunks}`);
    const { built } = msg;
    const F = this.card.features.length;
    const n = built.inputs.n;
    const now = (): number => globalThis.performance.now();
    const t0 = now();
    const raw = msg.raw ?? (n > 0 ? await this.runner.run(built.features, n, F) : new Float32Array(0));
    if (raw.length !== n) throw new Error(`Model returned ${raw.length} probabilities for ${n} rows`);
    const t1 = now();
    this.tierCard ??= withTierRule(this.card, this.run.tierRule ?? 'decile');
    const out = decideChunk(this.tierCard, raw, this.run.threshold);
    const data: ChunkData = { ...built.inputs, ...out };
    const firstIndex = this.run.counts.scored;
    const agg = addChunk(this.run.agg, built.inputs, out, { rowsIn: built.rowsIn, invalid: built.invalidRows, defaultsUsed: built.defaultsUsed });
    for (const [k, v] of Object.entries(built.defaultsByField)) this.run.defaultsByField[k] = (this.run.defaultsByField[k] ?? 0) + v;
    const errorCount = this.run.errorCount;
    this.run = {
      ...this.run,
      agg,
      committedChunks: msg.chunk + 1,
      committedRows: agg.rows,
      counts: { rows: agg.rows, scored: agg.scored, invalid: agg.invalid, defaultsUsed: agg.defaultsUsed },
      meanScore: meanScore(agg),
      predictedShare: predictedShare(agg),
      bySegment: { ...agg.bySegment },
      byDecile: [...agg.byDecile],
      byCluster: [...agg.byCluster],
      histogram: [...agg.histogram],
      prefix: msg.prefix,
      errorCount: errorCount + built.errors.length,
    };
    const t2 = now();
    let index: ReturnType<typeof buildIndex>;
    let errors: { errors: RowError[]; detailsSealed?: string } = { errors: built.errors };
    if (this.keys) {
      // Sealed before the transaction opens (awaiting WebCrypto inside one would let it commit early).
      this.salt ??= indexSalt(this.keys);
      index = buildIndex(splitIds(data.ids, n), await this.salt);
      data.ids = await sealIds(this.keys, data.ids);
      errors = await sealErrorDetails(this.keys, withoutIds(built.errors));
      this.run.idsSealed = true;
    } else index = buildIndex(splitIds(data.ids, n));
    await commitChunk(
      this.db,
      this.run,
      splitChunk(this.run.id, msg.chunk, firstIndex, data),
      { runId: this.run.id, chunk: msg.chunk, firstError: errorCount, ...errors },
      { customerKey: indexKeyOf(msg.chunk), runId: this.run.id, chunk: msg.chunk, ...index },
    );
    this.keepLabels(data);
    this.timing.inferenceMs += t1 - t0;
    this.timing.decideMs += t2 - t1;
    this.timing.storeMs += now() - t2;
  }

  /** Marks the run completed (with sha256, metrics, duration) in one write. */
  async finish(end: EndMsg, extra: Partial<StoredRun> = {}): Promise<StoredRun> {
    const rows = this.run.counts.rows;
    if (rows !== this.run.counts.scored + this.run.counts.invalid) throw new Error('[internal] rows in ≠ scored + invalid');
    if (rows !== end.rows) throw new Error(`[internal] read ${end.rows} rows but committed ${rows}`);
    let metrics = undefined;
    let outcomes = undefined;
    if (this.run.hasLabels) {
      const total = this.ys.reduce((s, a) => s + a.length, 0);
      const y = new Uint8Array(total);
      const p = new Float32Array(total);
      const seg = new Uint8Array(total);
      let o = 0;
      this.ys.forEach((a, k) => {
        y.set(a, o);
        p.set(this.ps[k], o);
        seg.set(this.ss[k], o);
        o += a.length;
      });
      metrics = runMetrics(y, p, this.run.threshold);
      outcomes = total > 0 ? tierOutcomes(y, seg) : undefined;
    }
    const endedAt = Date.now();
    this.run = {
      ...this.run,
      ...extra,
      status: 'completed',
      fileSha256: end.sha256,
      ...(end.reader ? { reader: end.reader } : {}),
      ...(end.duplicates ? { duplicates: end.duplicates } : {}),
      metrics,
      ...(outcomes ? { tierOutcomes: outcomes } : {}),
      endedAt,
      durationMs: endedAt - this.run.startedAt,
    };
    await this.db.runs.put({ ...this.run });
    return this.run;
  }

  private keepLabels(d: Pick<ChunkData, 'n' | 'label' | 'score' | 'segment'>): void {
    if (!d.label) return;
    let m = 0;
    for (let i = 0; i < d.n; i++) if (d.label[i] !== NO_LABEL) m++;
    const y = new Uint8Array(m);
    const p = new Float32Array(m);
    const seg = new Uint8Array(m);
    let k = 0;
    for (let i = 0; i < d.n; i++) {
      if (d.label[i] === NO_LABEL) continue;
      y[k] = d.label[i];
      seg[k] = d.segment[i];
      p[k++] = d.score[i];
    }
    this.ys.push(y);
    this.ps.push(p);
    this.ss.push(seg);
  }
}
