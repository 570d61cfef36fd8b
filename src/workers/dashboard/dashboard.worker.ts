/**
 * The dashboard worker: reads and checks model cards (~600 KB of JSON each) and computes the newest run's input
 * drift on a 5,000-lead sample, with Dexie opened here. The page gets a slim card summary and the drift
 * figures, so opening the dashboard on a cold page never parses a card or runs the drift maths on the main thread.
 */
import { expose } from 'comlink';
import { summariseCard } from '../../core/charts/card-summary';
import { computeDrift, referenceOf } from '../../core/monitoring/drift';
import { completedRuns } from '../../storage/charts/dashboard-repo';
import { sampleRunInputs } from '../../storage/runs/sample-inputs';
import { cardOf } from './cards';
import type { DashboardWorkerApi } from './protocol';

const SAMPLE = 5000;

const api: DashboardWorkerApi = {
  async cardSummary(modelsBase, modelId) {
    return summariseCard(await cardOf(modelsBase, modelId));
  },
  async latestDrift(modelsBase) {
    const run = (await completedRuns())[0];
    if (!run) return undefined;
    const card = await cardOf(modelsBase, run.modelId);
    const rows = await sampleRunInputs(run.id, SAMPLE);
    return { runId: run.id, drift: rows.length ? computeDrift(card, referenceOf(card), rows) : [] };
  },
};

expose(api);
