/**
 * A tiny hand-made model card for unit tests of the core (no dependency on the trained artifacts),
 * with every feature kind, isotonic calibration, deciles, segments and two clusters.
 */
import type { ModelCard } from '../card/types';

export function sampleCard(): ModelCard {
  return {
    schemaVersion: 1,
    modelId: 'test_model',
    cardVersion: '1',
    role: 'champion',
    algorithm: 'test',
    onnx: { file: 'test_model.onnx', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', inputName: 'input', probabilityOutput: 'probabilities', kind: 'linear' },
    target: 'Conversion',
    idField: 'CustomerID',
    fields: [
      { name: 'CustomerID', type: 'id', required: true },
      { name: 'Age', type: 'integer', required: true, min: 18, max: 100 },
      { name: 'Income', type: 'number', required: false, default: 50000, min: 0 },
      { name: 'Gender', type: 'category', required: false, default: null, categories: ['Female', 'Male'] },
      { name: 'WebsiteVisits', type: 'integer', required: true, min: 0 },
      { name: 'TimeOnSite', type: 'number', required: true, min: 0, max: 1000 },
    ],
    features: [
      { name: 'Age', kind: 'numeric', source: 'Age', clip: [20, 60] },
      { name: 'Income', kind: 'numeric', source: 'Income', clip: [10000, 150000] },
      { name: 'WebsiteVisits', kind: 'numeric', source: 'WebsiteVisits', clip: [0, 40] },
      { name: 'TimeOnSite', kind: 'numeric', source: 'TimeOnSite', clip: [1, 14.5] },
      { name: 'Gender=Female', kind: 'onehot', source: 'Gender', value: 'Female' },
      { name: 'Gender=Male', kind: 'onehot', source: 'Gender', value: 'Male' },
      { name: 'Gender=(unknown)', kind: 'onehot', source: 'Gender', value: null },
      { name: 'TimePerVisit', kind: 'ratio', numerator: 'TimeOnSite', denominator: 'WebsiteVisits', clip: [0.1, 5] },
      { name: 'EngagementScore', kind: 'percentile_mean', sources: ['WebsiteVisits', 'TimeOnSite'] },
    ],
    reference: { WebsiteVisits: [0, 1, 5, 5, 10, 20, 40], TimeOnSite: [1, 2, 3.5, 7, 14.5] },
    calibration: { method: 'isotonic', x: [0.1, 0.5, 0.9], y: [0.2, 0.4, 0.95] },
    thresholds: {
      active: 'best_f1',
      scenarios: [
        { id: 'best_f1', threshold: 0.5, rule: 'max F1 on validation' },
        { id: 'high_precision', threshold: 0.8, rule: 'precision >= 0.95' },
        { id: 'default', threshold: 0.5, rule: '0.5' },
      ],
    },
    deciles: { cutPoints: [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1] },
    segments: { High: [1, 3], Medium: [4, 7], Low: [8, 10] },
    clusters: {
      features: ['EngagementScore', 'Age'],
      scaler: { mean: [0.5, 40], scale: [0.25, 10] },
      centroids: [
        [1, 0],
        [-1, 0],
      ],
      names: [
        { en: 'Engaged', ru: 'Вовлечённые', pl: 'Zaangażowani' },
        { en: 'Passive', ru: 'Пассивные', pl: 'Pasywni' },
      ],
      profiles: [
        { EngagementScore: 0.75, Age: 40 },
        { EngagementScore: 0.25, Age: 40 },
      ],
      overall: { EngagementScore: 0.5, Age: 40 },
    },
    metrics: {},
    training: { dataSha256: 'x', rows: { train: 1, valid: 1 }, libraries: {}, seed: 42 },
  };
}
