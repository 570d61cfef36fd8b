// The hostile corpus (tests/fixtures/hostile/corpus.mjs) table-driven through the CLI's pipeline, which is
// the app's one reader (core/csv) plus the real model: every file gets exactly its expected outcome —
// refused with its reason, or scored with rows reported — rows in = scored + reported + non-data lines,
// and no scored value is shifted. A few files also go through `npm run score` itself (exit codes, nothing
// written on refusal, --encoding). HOSTILE_DOC=1 rewrites the table in docs/HOSTILE_CSV.md from this run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveArtifacts } from './helpers/artifacts';
import { loadModel } from '../../src/cli/model';
import { createOrtRunner } from '../../src/cli/ort-runner';
import { scoreCsvBytes, type CsvScoreResult } from '../../src/cli/score-csv';
import { nonDataLines, readAll } from '../../src/core/csv/records';
import type { ModelCard } from '../../src/core/card/types';
import { CORPUS, type HostileExpect } from '../fixtures/hostile/corpus.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-hostile-'));
interface Outcome { refused?: string; message?: string; res?: CsvScoreResult }

let card: ModelCard;
let runner: Awaited<ReturnType<typeof createOrtRunner>>;
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  if (!haveArtifacts) return;
  const m = await loadModel();
  card = m.card;
  runner = await createOrtRunner(card, m.onnxBytes);
});
afterAll(async () => {
  await runner?.release();
  rmSync(tmp, { recursive: true, force: true });
  if (process.env.HOSTILE_DOC === '1' && outcomes.size === CORPUS.length) writeDoc();
});

async function outcome(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { res: await scoreCsvBytes(bytes, card, runner) };
  } catch (e) {
    const m = /^\[file_(\w+)\]\s*(.*)$/.exec((e as Error).message);
    if (!m) throw e;
    return { refused: m[1], message: m[2] };
  }
}

/** Rows reported per error code (a row with two bad cells counts once per code). */
function codeRows(res: CsvScoreResult): Record<string, number> {
  const seen = new Map<string, Set<number>>();
  for (const e of res.errors) seen.set(e.code, (seen.get(e.code) ?? new Set()).add(e.row));
  return Object.fromEntries([...seen].map(([k, v]) => [k, v.size]));
}

describe.skipIf(!haveArtifacts)('hostile CSV corpus through the shared reader (CLI pipeline)', () => {
  it('has at least 30 files, each with one expected outcome', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  for (const file of CORPUS) {
    it(`${file.name}: ${file.what}`, async () => {
      const want: HostileExpect = file.expect;
      const got = await outcome(file.bytes());
      outcomes.set(file.name, got);
      if (want.refused) {
        expect(got.refused, got.res ? `scored ${got.res.summary.rowsIn} rows` : '').toBe(want.refused);
        return;
      }
      expect(got.refused, got.message).toBeUndefined();
      const s = got.res!.summary;
      expect(s.rowsIn).toBe(s.scored + s.invalid);
      expect({ rows: s.rowsIn, scored: s.scored, reported: s.invalid, nonData: nonDataLines(s.reader) })
        .toEqual({ rows: want.rows, scored: want.scored, reported: want.reported, nonData: want.nonData });
      if (want.codes) expect(codeRows(got.res!)).toEqual(want.codes);
      // Every physical line accounted for: the header, one line per data row (unless a quoted value spans
      // several: those files state their line count), and the non-data lines.
      expect(s.reader.lines).toBe(want.lines ?? 1 + s.rowsIn + nonDataLines(s.reader));
      if (want.encoding) expect(s.encoding).toBe(want.encoding);
      if (want.delimiter) expect(s.delimiter).toBe(want.delimiter);
      if (want.unknown !== undefined) expect(s.unknownCategories).toBe(want.unknown);
      // No value shifted: every scored row keeps its own Age (20..69) and LoyaltyPoints (1000..4999).
      const out = readAll(got.res!.outputCsv, s.delimiter);
      expect(out.rows).toHaveLength(s.scored);
      for (const r of out.rows) {
        expect(Number(r.cells[1])).toBeGreaterThanOrEqual(20);
        expect(Number(r.cells[16].replace(/\D/g, ''))).toBeGreaterThanOrEqual(1000);
      }
      if (want.formula) {
        const ids = out.rows.map((r) => r.cells[0]);
        expect(ids.every((id) => !/^[=+\-@]/.test(id))).toBe(true);
        expect(ids.filter((id) => id.startsWith("'=")).length).toBe(50);
      }
    });
  }
});

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}
const bytesOf = (name: string): Uint8Array => CORPUS.find((c) => c.name === name)!.bytes();

describe.skipIf(!haveArtifacts)('npm run score on hostile files', () => {
  it('refuses empty, header-only and non-CSV files with exit 1, naming what the file is, writing nothing', () => {
    for (const [name, text] of [['empty.csv', /empty/], ['header-only.csv', /header but no data rows/], ['xlsx-renamed.csv', /Excel workbook.*Save As > CSV/], ['chart.png.csv', /image/]] as const) {
      const input = join(tmp, name);
      writeFileSync(input, bytesOf(name));
      const out = join(tmp, `${name}.out.csv`);
      const r = run(input, '-o', out);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(text);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('scores a KOI8-R file (detected, or forced with --encoding) and reports a stray quote by data row', () => {
    const input = join(tmp, 'koi8.csv');
    writeFileSync(input, bytesOf('koi8r-ru.csv'));
    const r = run(input, '-o', join(tmp, 'koi8.out.csv'), '--encoding', 'koi8-r');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/rows in: 200, scored: 200, invalid: 0/);
    expect(r.stderr).toMatch(/encoding: koi8-r/);
    const q = join(tmp, 'quote.csv');
    writeFileSync(q, bytesOf('stray-quote.csv'));
    const rq = run(q, '-o', join(tmp, 'quote.out.csv'));
    expect(rq.status, rq.stderr).toBe(2);
    expect(readFileSync(join(tmp, 'quote.out.errors.csv'), 'utf8')).toMatch(/^50,,,.*unclosed_quote/m);
  });
});

const DELIM_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

function writeDoc(): void {
  const path = join(ROOT, 'docs/HOSTILE_CSV.md');
  const doc = readFileSync(path, 'utf8');
  const rows = CORPUS.map((c) => {
    const o = outcomes.get(c.name)!;
    if (o.refused) return `| \`${c.name}\` | ${c.what} | refused (\`${o.refused}\`): ${o.message} | – | – | – | – |`;
    const s = o.res!.summary;
    const codes = Object.entries(codeRows(o.res!)).map(([k, v]) => `${v} ${k}`).join(', ');
    const nd = nonDataLines(s.reader);
    return `| \`${c.name}\` | ${c.what} | scored${codes ? `; reported: ${codes}` : ''} (${s.encoding}, ${DELIM_NAMES[s.delimiter] ?? s.delimiter}) | ${s.rowsIn + nd} | ${s.scored} | ${s.invalid} | ${nd} (${s.reader.lines} lines) |`;
  });
  const table = ['| file | what it is | outcome | rows in | scored | reported | non-data (physical lines) |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
  writeFileSync(path, doc.replace(/<!-- table -->[\s\S]*<!-- \/table -->/, `<!-- table -->\n${table}\n<!-- /table -->`));
}
