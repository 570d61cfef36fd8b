/**
 * Loads a browser-trained registry model into the scoring worker: the card is re-validated, the checksum of
 * { card, weights } re-computed (a changed record never scores), and the weights become a core ModelRunner.
 * Explanations: boosted trees through TreeSHAP (the same trees), logistic regression exactly as its linear
 * terms against the training means; an MLP has none.
 */
import { parseCard } from '../../core/card/load';
import type { ModelCard } from '../../core/card/types';
import type { ModelRunner } from '../../core/score';
import { modelChecksum } from '../../core/training/model-file';
import { weightsRunner } from '../../core/training/runners';
import type { ModelWeights } from '../../core/training/types';
import { loadTrees, type TreeEnsemble } from '../../core/treeshap';
import type { Explanation, StoredScoringModel } from '../../bridge/contracts';
import { ModelLoadError } from './load';
import { explainRow, groupContributions } from './explain';

export interface StoredLoaded { card: ModelCard; runner: ModelRunner; explainer?: (row: Float32Array | Float64Array) => Explanation; hasExplanations: boolean }

function explainer(card: ModelCard, w: ModelWeights): StoredLoaded['explainer'] {
  if (w.kind === 'gbt') {
    const trees: TreeEnsemble = loadTrees(w.trees);
    return (row) => explainRow(card, trees, row);
  }
  if (w.kind === 'logistic') {
    return (row) => {
      const c = w.coef.map((b, j) => (b * (row[j] - w.means[j])) / w.scales[j]);
      return { margin: 'logit', base: w.intercept, total: c.reduce((s, v) => s + v, w.intercept), factors: groupContributions(card, c) };
    };
  }
  return undefined;
}

export async function loadStored(stored: StoredScoringModel): Promise<StoredLoaded> {
  let card: ModelCard;
  try {
    card = parseCard(stored.card);
  } catch (e) {
    throw new ModelLoadError('bad_card', (e as Error).message);
  }
  if ((await modelChecksum(card, stored.weights)) !== stored.sha256) throw new ModelLoadError('checksum_mismatch', `${card.modelId}: stored model does not match its checksum`);
  let runner: ModelRunner;
  try {
    runner = weightsRunner(stored.weights);
  } catch (e) {
    throw new ModelLoadError('bad_model', (e as Error).message);
  }
  const ex = explainer(card, stored.weights);
  return { card, runner, explainer: ex, hasExplanations: ex !== undefined };
}
