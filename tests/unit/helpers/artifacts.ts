/**
 * Test-only helpers (Node) that read the trained artifacts (models/artifacts) from disk for parity tests.
 * Node-only: imported by *.test.ts files, never by app code (not compiled for page/worker).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCard } from '../../../src/core/card/load';
import type { ModelCard } from '../../../src/core/card/types';

export const ARTIFACTS = fileURLToPath(new URL('../../../models/artifacts/', import.meta.url));
export const SHARED_DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

export const haveArtifacts = existsSync(`${ARTIFACTS}parity_fixture.json`) && existsSync(`${ARTIFACTS}index.json`);
if (!haveArtifacts) console.warn(`[skip] model artifacts missing in ${ARTIFACTS}: run npm run train`);

export interface FixtureRow {
  raw: Record<string, string>;
  features: number[];
  cluster: number;
  models: Record<string, { rawProbability: number; score: number; decision: boolean; decile: number; segment: string; tier: string }>;
}
export interface Fixture {
  modelIds: string[];
  columns: string[];
  featureNames: string[];
  tolerance: { features: number; rawProbability: number; score: number };
  rows: FixtureRow[];
  /** Calibrated validation scores and labels per model (the tier bands are chosen on them). */
  validation: Record<string, { score: number[]; label: number[] }>;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
export function loadFixture(): Fixture {
  return readJson(`${ARTIFACTS}parity_fixture.json`) as Fixture;
}
export function loadCard(id: string): ModelCard {
  return parseCard(readJson(`${ARTIFACTS}${id}.card.json`));
}
