// The columnar chunk builder (issue #15) gives exactly the per-row reference's result — same valid rows,
// typed columns, feature matrix, clusters, errors (row, line, column, value, code), defaults and counts —
// on generated leads seeded with every kind of awkward cell, and on every scored file of the hostile corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCard } from '../card/load';
import type { ModelCard } from '../card/types';
import { matchColumns } from '../columns';
import { demoLeadsCsv, prng } from '../demo/demo-leads';
import { readAll, type RowIssue } from '../csv/records';
import { sniffBytes } from '../csv/sniff';
import { buildChunk, buildChunkByRow, type BuildContext, type BuiltChunk } from '../csv/chunk-build';
import { CORPUS } from '../../../tests/fixtures/hostile/corpus.mjs';

const card: ModelCard = parseCard(JSON.parse(readFileSync(new URL('../../../models/artifacts/conv-xgb-1.card.json', import.meta.url), 'utf8')));

const AWKWARD = ['', '  ', ' 12 ', '12 ', '0x1F', '0X1f', '0b1', '0o7', '1e400', '-1e400', '-5', '-0', '3,5', '1 234', '1\u00a0234', "1'234", '12abc',
  'Infinity', '-Infinity', '+.5', '.5', '5.', '.', '-', '+', '1e2', '1.5e-3', '00012', '0.0', '1.0', '2.5', '99999999999', 'NaN',
  'male', ' Female ', 'M', 'ж', 'kobieta', 'Unknown', 'Social Media', 'social', ' e-mail', 'SEO ', '"', '\t7'];

function equalChunks(a: BuiltChunk, b: BuiltChunk): void {
  expect({ ...a, clusterMs: 0 }).toEqual({ ...b, clusterMs: 0 });
}

function build(ctx: BuildContext, rows: string[][], issues?: Map<number, RowIssue>): void {
  const meta = { lines: rows.map((_, i) => i + 2), issues };
  const fast = buildChunk(ctx, rows, 1, meta);
  equalChunks(fast, buildChunkByRow(ctx, rows, 1, meta));
  expect(fast.inputs.n + fast.invalidRows).toBe(rows.length);
}

describe('columnar buildChunk equals the per-row reference', () => {
  const all = readAll(demoLeadsCsv(card, 4000, 11), ',');
  const mapping = Object.fromEntries(card.fields.map((f) => [f.name, all.header.indexOf(f.name)]));

  for (const decimalComma of [false, true]) {
    it(`on generated leads with awkward cells (decimal comma ${decimalComma})`, () => {
      const r = prng(decimalComma ? 5 : 6);
      const rows = all.rows.map((x) => [...x.cells, String(Math.floor(r() * 2))]);
      for (const row of rows) if (r() < 0.5) row[Math.floor(r() * row.length)] = AWKWARD[Math.floor(r() * AWKWARD.length)];
      const issues = new Map<number, RowIssue>([[7, 'too_many_cells'], [100, 'unclosed_quote']]);
      build({ card, mapping, labelColumn: rows[0].length - 1, decimalComma, delimiter: ',', headerLine: 1 }, rows, issues);
    });
  }

  it('with unmapped optional columns and a short row', () => {
    const m = { ...mapping, Gender: -1, Age: -1, CustomerID: -1 };
    const rows = all.rows.slice(0, 500).map((x) => x.cells);
    rows[3] = rows[3].slice(0, 5);
    build({ card, mapping: m, labelColumn: -1, decimalComma: false }, rows);
  });

  for (const file of CORPUS.filter((f) => !f.expect.refused)) {
    it(`on hostile file ${file.name}`, () => {
      const bytes = file.bytes();
      const s = sniffBytes(bytes, true);
      const text = new TextDecoder(s.encoding).decode(bytes);
      const read = readAll(text, s.delimiter);
      const match = matchColumns(read.header, card);
      const m = Object.fromEntries(card.fields.map((f) => [f.name, match.mapping[f.name] ?? -1]));
      const rows = read.rows.map((x) => x.cells);
      const issues = new Map(read.rows.flatMap((x, i): [number, RowIssue][] => (x.issue ? [[i, x.issue]] : [])));
      const ctx = { card, mapping: m, labelColumn: match.mapping[card.target] ?? -1, decimalComma: s.decimalComma, delimiter: read.delimiter };
      const meta = { lines: read.rows.map((x) => x.line), issues };
      equalChunks(buildChunk(ctx, rows, 1, meta), buildChunkByRow(ctx, rows, 1, meta));
    });
  }
});
