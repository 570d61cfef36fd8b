// End-to-end: `npm run score` (node --import tsx src/cli/score.ts) on the example leads and on a
// small file with bad rows; checks exit codes, output columns and the errors file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, haveArtifacts, SHARED_DATA } from './helpers/artifacts';
import { parseArgs } from '../../src/cli/args';
import { loadModel } from '../../src/cli/model';
import { createOrtRunner } from '../../src/cli/ort-runner';
import { scoreCsvText } from '../../src/cli/score-csv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_LEADS = join(SHARED_DATA, 'examples/test_leads.csv');
const KAGGLE = join(SHARED_DATA, 'conversion/digital_marketing_trainval.csv');
const haveData = existsSync(TEST_LEADS) && existsSync(KAGGLE);
if (!haveData) console.warn(`[skip] ${TEST_LEADS} not found: CLI tests on shared data skipped`);

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}
const readCsv = (p: string) => Papa.parse<Record<string, string>>(readFileSync(p, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('CLI argument parsing', () => {
  it('derives default output and errors paths', () => {
    expect(parseArgs(['in.csv'])).toMatchObject({ input: 'in.csv', output: 'in.scored.csv', errors: 'in.scored.errors.csv' });
    expect(parseArgs(['in.csv', '-o', 'o.csv', '--model', 'm', '--delimiter', 'tab'])).toMatchObject({ output: 'o.csv', model: 'm', delimiter: '\t' });
    expect(() => parseArgs(['a.csv', '--bogus', '1'])).toThrow(/Unknown option --bogus/);
    expect(() => parseArgs([])).toThrow(/usage/);
  });
});

describe.skipIf(!haveArtifacts || !haveData)('npm run score (end to end)', () => {
  it('scores test_leads.csv (string IDs, no target) with exit code 0', () => {
    const out = join(tmp, 'leads.scored.csv');
    const r = run(TEST_LEADS, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    const rows = readCsv(out);
    expect(rows).toHaveLength(5);
    expect(rows[0].CustomerID).toBe('TST-001');
    for (const c of ['score', 'predicted_conversion', 'decile', 'priority_segment', 'cluster', 'cluster_name']) expect(rows[0]).toHaveProperty(c);
    for (const row of rows) {
      expect(Number(row.score)).toBeGreaterThanOrEqual(0);
      expect(Number(row.score)).toBeLessThanOrEqual(1);
      expect(['High', 'Medium', 'Low']).toContain(row.priority_segment);
    }
    expect(r.stderr).toMatch(/rows in: 5, scored: 5, invalid: 0/);
  });

  it('assigns tiers by the card bands of calibrated probability, prints their validation figures, and --tiers decile keeps the thesis rule', () => {
    const out = join(tmp, 'tiers.scored.csv');
    const r = run(TEST_LEADS, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/priority tiers \(bands of calibrated probability, chosen on the validation rows\)/);
    expect(r.stderr).toMatch(/High +\d+ leads +\(score >= [\d.]+%; validation: [\d.]+% converted, \d+% of leads\)/);
    const card = JSON.parse(readFileSync(join(ARTIFACTS, 'conv-xgb-1.card.json'), 'utf8')) as { tiers: { probability: { low: number; high: number } } };
    for (const row of readCsv(out)) {
      const s = Number(row.score);
      expect(row.priority_segment).toBe(s >= card.tiers.probability.high ? 'High' : s < card.tiers.probability.low ? 'Low' : 'Medium');
    }
    const d = run(TEST_LEADS, '-o', join(tmp, 'tiers-decile.csv'), '--tiers', 'decile');
    expect(d.code, d.stderr).toBe(0);
    expect(d.stderr).toMatch(/thesis rule: deciles 1-3 \/ 4-7 \/ 8-10/);
    for (const row of readCsv(join(tmp, 'tiers-decile.csv'))) {
      const dec = Number(row.decile);
      expect(row.priority_segment).toBe(dec <= 3 ? 'High' : dec <= 7 ? 'Medium' : 'Low');
    }
    expect(run(TEST_LEADS, '--tiers', 'quartile').code).toBe(1);
  });

  it('keeps valid rows, reports bad ones (exit 2) and passes extra columns through', () => {
    const header = readFileSync(TEST_LEADS, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const good = '1,30,Male,80000,Social Media,Conversion,7000,0.23,0.15,35,7.2,11.5,18,14,6,5,3200';
    const lines = [
      `${header},Notes`,
      `${good},keep me`,
      `2,abc,Male,80000,Social Media,Conversion,7000,0.23,0.15,35,7.2,11.5,18,14,6,5,3200,x`,
      `3,30,Male,80000,Social Media,Conversion,,0.23,1.5,35,7.2,11.5,18,14,6,5,3200,y`,
      `4,30,,,,Conversion,7000,0.23,0.15,35,7.2,11.5,18,14,6,5,3200,z`,
    ];
    const input = join(tmp, 'bad.csv');
    writeFileSync(input, '\uFEFF' + lines.join('\n') + '\n');
    const r = run(input);
    expect(r.code, r.stderr).toBe(2);
    const rows = readCsv(join(tmp, 'bad.scored.csv'));
    expect(rows.map((x) => x.CustomerID)).toEqual(['1', '4']);
    expect(rows[0].Notes).toBe('keep me');
    const errs = readCsv(join(tmp, 'bad.scored.errors.csv'));
    expect(errs.map((e) => [e.row, e.column, e.value, e.reason])).toEqual([
      ['2', 'Age', 'abc', 'not_a_number'],
      ['3', 'AdSpend', '', 'missing_required'],
      ['3', 'ConversionRate', '1.5', 'out_of_range'],
    ]);
    expect(r.stderr).toMatch(/rows in: 4, scored: 2, invalid: 2/);
    expect(r.stderr).toMatch(/rows with defaults used: 1 \(Gender: 1, Income: 1, CampaignChannel: 1\)/);
  });

  it('scores the Kaggle layout (target and constant columns passed through)', async () => {
    const { card, onnxBytes } = await loadModel();
    const runner = await createOrtRunner(card, onnxBytes);
    const res = await scoreCsvText(readFileSync(KAGGLE, 'utf8'), card, runner);
    await runner.release();
    expect(res.summary).toMatchObject({ rowsIn: 6400, scored: 6400, invalid: 0, unmappedColumns: ['AdvertisingPlatform', 'AdvertisingTool'] });
    const rows = Papa.parse<Record<string, string>>(res.outputCsv, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({ CustomerID: '8000', Conversion: '1', AdvertisingTool: 'ToolConfid' });
    expect(res.summary.meanScore).toBeGreaterThan(0.8);
  });

  it('writes each lead\'s tier with its validation figures, and --locale ru writes Excel\'s ";" and decimal commas', async () => {
    const { card, onnxBytes } = await loadModel();
    const runner = await createOrtRunner(card, onnxBytes);
    const text = readFileSync(TEST_LEADS, 'utf8');
    const plain = await scoreCsvText(text, card, runner);
    const ru = await scoreCsvText(text, card, runner, { locale: 'ru' });
    await runner.release();
    const rows = Papa.parse<Record<string, string>>(plain.outputCsv, { header: true, skipEmptyLines: true }).data;
    for (const r of rows) {
      const v = card.tiers!.validation.probability[r.priority_segment as 'High'];
      expect(Number(r.tier_validation_conversion_rate)).toBe(v.conversionRate);
      expect(Number(r.tier_validation_share)).toBe(v.share);
      expect(Number(r.score_percent)).toBeCloseTo(Number(r.score) * 100, 1);
      expect(r.model_id).toBe(card.modelId);
    }
    const ruRows = Papa.parse<Record<string, string>>(ru.outputCsv, { header: true, skipEmptyLines: true, delimiter: ';' }).data;
    expect(ruRows[0].score).toBe(rows[0].score.replace('.', ','));
    expect(ruRows[0].ClickThroughRate).toMatch(/^0,\d+$/);
    expect(ruRows[0].cluster_name).toBe(card.clusters.names[Number(ruRows[0].cluster)].ru);
    expect(parseArgs(['a.csv', '--locale', 'pl']).locale).toBe('pl');
    expect(() => parseArgs(['a.csv', '--locale', 'de'])).toThrow(/Unknown --locale/);
  });

  it('fails with exit code 1 naming a missing required column, and on an unknown model', () => {
    const input = join(tmp, 'missing.csv');
    writeFileSync(input, 'CustomerID,Age\n1,30\n');
    const r = run(input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Missing required column\(s\): AdSpend, ClickThroughRate/);
    const m = run(TEST_LEADS, '-o', join(tmp, 'x.csv'), '--model', 'nope');
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/Unknown model "nope"/);
  });

  it('fails with exit code 1 when the model file does not match its card', () => {
    const dir = join(tmp, 'models');
    mkdirSync(dir);
    for (const f of readdirSync(ARTIFACTS)) copyFileSync(join(ARTIFACTS, f), join(dir, f));
    const { champion } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { champion: string };
    const onnx = join(dir, `${champion}.onnx`);
    const bytes = readFileSync(onnx);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(onnx, bytes);
    const r = run(TEST_LEADS, '-o', join(tmp, 'y.csv'), '--models-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not match its card/);
  });
});
