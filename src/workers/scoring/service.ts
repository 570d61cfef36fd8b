/**
 * The scoring worker's logic, independent of Comlink and of which ONNX Runtime build is used, so unit
 * tests drive it in Node (onnxruntime-node) exactly as the worker does in the browser (onnxruntime-web).
 * Holds one cached model promise per URL set: scoreOne never refetches or recreates the session.
 */
import type { ModelCard } from '../../core/card/types';
import type { LeadValues, RawLead, ScoredLead } from '../../core/lead';
import { decision, threshold } from '../../core/decide';
import { featureRow } from '../../core/features';
import { decideRow, scoreRows } from '../../core/score';
import { loadTrees, type TreeEnsemble } from '../../core/treeshap';
import { validateRow } from '../../core/validate';
import { effectiveTierRule, withTierRule } from '../../core/tiers/rule';
import { typicalValue } from '../../core/explain/context';
import { withPoints } from './explain';
import type { ModelRunner } from '../../core/score';
import { SEGMENT_CODES, type Explanation, type ModelInfo, type ScenarioId, type ScoredColumns, type ScoreOneResult, type ScoreOptions, type ScoringApi, type ScoringUrls } from '../../bridge/contracts';
import { loadArtifacts, ModelLoadError, parseIndex, type ModelIndex } from './load';
import { loadStored } from './stored';
import { clusterProfile, explainRow } from './explain';
import { OrtRunner, type OrtModuleLike } from './ort-runner';

interface Loaded { card: ModelCard; runner: ModelRunner; explainer?: (row: Float32Array | Float64Array) => Explanation; info: ModelInfo }

export interface ServiceDeps {
  loadOrt: () => Promise<OrtModuleLike>;
  fetch?: (url: string) => Promise<Response>;
  /** ONNX Runtime threads (wasm only). */
  threads?: number;
  /** True for onnxruntime-web (selects the 'wasm' execution provider). */
  wasm?: boolean;
}

/** Rounds to 3 significant digits so a form starts with values a person would type. */
function friendly(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return Number(x.toFixed(Math.min(digits, 6)));
}

/**
 * Form defaults: the card's field default, else a typical training value (median, or mean where the card
 * keeps no reference distribution), rounded for people; categories default to the explicit unknown case.
 */
export function formDefaults(card: ModelCard): Record<string, number | string | null> {
  const out: Record<string, number | string | null> = {};
  for (const f of card.fields) {
    if (f.type === 'id') out[f.name] = '';
    else if (f.type === 'category') out[f.name] = f.default ?? null; // null = the explicit unknown case
    else {
      const m = f.default ?? typicalValue(card, f.name) ?? f.min ?? 0;
      out[f.name] = typeof m !== 'number' ? m : f.type === 'integer' ? Math.round(m) : friendly(m);
    }
  }
  return out;
}

function info(card: ModelCard, index: ModelIndex, threads: number, hasTrees: boolean): ModelInfo {
  return {
    modelId: card.modelId, cardVersion: card.cardVersion, role: card.role, algorithm: card.algorithm,
    kind: card.onnx.kind, target: card.target, idField: card.idField, fields: card.fields,
    defaults: formDefaults(card), thresholds: card.thresholds, segments: card.segments, tiers: card.tiers, metrics: card.metrics,
    clusterNames: card.clusters.names, training: card.training, calibration: card.calibration.method,
    featureCount: card.features.length, hasExplanations: hasTrees, available: index.models,
    champion: index.champion, threads,
  };
}

const now = (): number => globalThis.performance?.now() ?? Date.now();

export class ScoringService implements ScoringApi {
  private loaded?: Promise<Loaded>;
  private key?: string;

  constructor(private readonly deps: ServiceDeps) {}

  init(urls: ScoringUrls): Promise<ModelInfo> {
    const key = JSON.stringify([urls.index, urls.modelsBase, urls.modelId ?? null, urls.stored?.sha256 ?? null]);
    if (!this.loaded || this.key !== key) {
      this.key = key;
      const p = this.load(urls);
      this.loaded = p;
      // A failed load is not cached: the next init retries.
      p.catch(() => { if (this.loaded === p) this.loaded = undefined; });
    }
    return this.loaded.then((l) => l.info);
  }

  async modelInfo(): Promise<ModelInfo> {
    return (await this.model()).info;
  }

  async scoreOne(raw: RawLead, opts: ScoreOptions = {}): Promise<ScoreOneResult> {
    const t0 = now();
    const { card: loaded, runner, explainer } = await this.model();
    const card = withTierRule(loaded, opts.tierRule);
    const v = validateRow(card, raw, 1);
    if (!v.ok) return { ok: false, errors: v.errors };
    const row = featureRow(card, v.values);
    const x = Float32Array.from(row);
    const [p] = await runner.run(x, 1, x.length);
    const scenario = this.scenario(card, opts.scenario);
    const lead = this.applyScenario(card, decideRow(card, v.values, row, p), scenario);
    const explanation = explainer && opts.explain !== false ? withPoints(card, explainer(row), v.values, row, v.defaultsUsed, lead.score) : undefined;
    return {
      ok: true, modelId: card.modelId, values: v.values, defaultsUsed: v.defaultsUsed, warnings: v.warnings, lead,
      scenario, threshold: threshold(card, scenario), tierRule: effectiveTierRule(card), explanation,
      cluster: clusterProfile(card, v.values, row, lead.cluster), ms: now() - t0,
    };
  }

  async scoreMany(values: LeadValues[], opts: ScoreOptions = {}): Promise<ScoredLead[]> {
    const { card: loaded, runner } = await this.model();
    const card = withTierRule(loaded, opts.tierRule);
    const scenario = this.scenario(card, opts.scenario);
    const out = await scoreRows(card, runner, values);
    return out.map((l) => this.applyScenario(card, l, scenario));
  }

  async scoreColumns(values: LeadValues[], opts: ScoreOptions = {}): Promise<ScoredColumns> {
    const leads = await this.scoreMany(values, opts);
    const n = leads.length;
    const out: ScoredColumns = {
      rawProbability: new Float32Array(n), score: new Float64Array(n), predicted: new Uint8Array(n),
      decile: new Uint8Array(n), segment: new Uint8Array(n), cluster: new Uint8Array(n),
    };
    leads.forEach((l, i) => {
      out.rawProbability[i] = l.rawProbability;
      out.score[i] = l.score;
      out.predicted[i] = l.predicted;
      out.decile[i] = l.decile;
      out.segment[i] = SEGMENT_CODES.indexOf(l.segment);
      out.cluster[i] = l.cluster;
    });
    return out;
  }

  private model(): Promise<Loaded> {
    if (!this.loaded) return Promise.reject(new Error('Scoring worker not initialised: call init(urls) first'));
    return this.loaded;
  }

  private scenario(card: ModelCard, wanted?: ScenarioId): ScenarioId {
    return wanted !== undefined && card.thresholds.scenarios.some((s) => s.id === wanted) ? wanted : card.thresholds.active;
  }

  private applyScenario(card: ModelCard, lead: ScoredLead, scenario: ScenarioId): ScoredLead {
    return { ...lead, predicted: decision(card, lead.score, scenario) };
  }

  private async load(urls: ScoringUrls): Promise<Loaded> {
    if (urls.stored) {
      const fetchFn = this.deps.fetch ?? ((u: string) => fetch(u));
      const index = parseIndex(await (await fetchFn(urls.index)).json().catch(() => null));
      const st = await loadStored(urls.stored);
      // A registry model in use reads as the one in use, whatever role its card was trained with.
      return { card: st.card, runner: st.runner, explainer: st.explainer, info: { ...info(st.card, index, 1, st.hasExplanations), role: 'champion' } };
    }
    const { index, card, onnx, trees } = await loadArtifacts(urls, this.deps.fetch);
    let ensemble: TreeEnsemble | undefined;
    if (trees !== undefined) {
      try {
        ensemble = loadTrees(trees);
      } catch (e) {
        throw new ModelLoadError('bad_trees', (e as Error).message);
      }
      if (ensemble.nFeatures > card.features.length) {
        throw new ModelLoadError('bad_trees', `trees use ${ensemble.nFeatures} features, card has ${card.features.length}`);
      }
    }
    const threads = this.deps.threads ?? 1;
    const ort = await this.deps.loadOrt();
    const runner = await OrtRunner.create(ort, onnx, card, threads, this.deps.wasm ?? false);
    const explainer = ensemble ? (row: Float32Array | Float64Array) => explainRow(card, ensemble, row) : undefined;
    return { card, runner, explainer, info: info(card, index, threads, ensemble !== undefined) };
  }
}
