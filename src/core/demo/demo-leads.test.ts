// Demo leads are valid leads for the real model card, and the generator is deterministic per seed.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { demoLeadsCsv } from './demo-leads';
import { validateRow } from '../validate';
import { haveArtifacts, loadCard, readJson, ARTIFACTS } from '../../../tests/unit/helpers/artifacts';

describe.skipIf(!haveArtifacts)('demo leads', () => {
  const index = haveArtifacts ? (readJson(`${ARTIFACTS}index.json`) as { champion: string }) : { champion: '' };
  it('generates rows that all pass validation, deterministically', () => {
    const card = loadCard(index.champion);
    const csv = demoLeadsCsv(card, 500, 7);
    expect(demoLeadsCsv(card, 500, 7)).toBe(csv);
    expect(demoLeadsCsv(card, 500, 8)).not.toBe(csv);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(500);
    const bad = parsed.data.map((r, i) => validateRow(card, r, i + 2)).filter((r) => !r.ok);
    expect(bad).toEqual([]);
  });
});
