// The shared CSV reader (src/core/csv/tokenizer.ts, records.ts, numbers.ts, file-kind.ts): records and
// their physical lines are the same however the text is split into pieces; line endings per record; stray
// quotes reported without swallowing later rows; sep= lines, blank and repeated-header lines accounted for;
// grouped numbers read only when unambiguous; non-CSV files recognised by signature.
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, MAX_QUOTED_LINES } from '../../src/core/csv/tokenizer';
import { nonDataLines, readAll } from '../../src/core/csv/records';
import { ungroup } from '../../src/core/csv/numbers';
import { refuseBytes } from '../../src/core/csv/file-kind';
import { sniffBytes } from '../../src/core/csv/sniff';

function records(text: string, size: number) {
  const out: [string[], number, number, string][] = [];
  const t = new CsvTokenizer(',', (c, l, s, i) => out.push([c, l, s, i ?? '']));
  for (let k = 0; k < text.length; k += size) t.push(text.slice(k, k + size));
  t.end();
  return { out, lines: t.lines };
}

describe('tokenizer', () => {
  const text = 'a,b\r\n1,2\n3,4\r5,"x\ny"\n"q""z",6\r\n7,"stray\n8,9\n10,11';
  it('finds line endings per record and gives each record its physical line, for any split', () => {
    const whole = records(text, 1e9);
    expect(whole.out).toEqual([
      [['a', 'b'], 1, 1, ''], [['1', '2'], 2, 1, ''], [['3', '4'], 3, 1, ''], [['5', 'x\ny'], 4, 2, ''], [['q"z', '6'], 6, 1, ''],
      [['7,"stray'], 7, 1, 'unclosed_quote'], [['8', '9'], 8, 1, ''], [['10', '11'], 9, 1, ''],
    ]);
    expect(whole.lines).toBe(9);
    for (const size of [1, 2, 3, 5, 8, 13]) expect(records(text, size)).toEqual(whole);
  });

  it('treats a quoted field longer than the limit as a stray quote', () => {
    const long = `a,b\n1,"${'x\n'.repeat(MAX_QUOTED_LINES + 5)}"\n2,3\n`;
    const r = records(long, 4096);
    expect(r.out[1][3]).toBe('unclosed_quote');
    expect(r.out[r.out.length - 1][0]).toEqual(['2', '3']);
  });
});

describe('record reader', () => {
  it('accounts for every line: sep=, header, blank and repeated header lines, cell-count issues', () => {
    const r = readAll('sep=;\r\na;b;c;\r\n1;2;3\r\n\r\n;;\r\nA;B;C\r\n4;5\r\n6;7;8;9\r\n1;2;3;;\r\n', ',');
    expect(r.delimiter).toBe(';');
    expect(r.header).toEqual(['a', 'b', 'c']);
    expect(r.rows.map((x) => [x.row, x.line, x.issue ?? ''])).toEqual([[1, 3, ''], [2, 7, 'too_few_cells'], [3, 8, 'too_many_cells'], [4, 9, '']]);
    expect(r.counts).toMatchObject({ lines: 9, rows: 4, blank: 2, repeatedHeader: 1, sepLine: 1, structural: 2 });
    expect(1 + r.counts.rows + nonDataLines(r.counts)).toBe(r.counts.lines);
  });
});

describe('grouped numbers', () => {
  it.each([
    ['41 760', false, '41760'], ['41\u00a0760,25', true, '41760.25'], ['3\u202f898,67', true, '3898.67'], ["1'234'567.5", false, '1234567.5'],
    ['1,234,567', false, '1234567'], ['1,234.5', false, '1234.5'], ['1.234,5', true, '1234.5'], ['-12 345', true, '-12345'],
  ])('%s (decimal comma %s) → %s', (cell, comma, want) => expect(ungroup(cell, comma)).toEqual({ value: want }));
  it.each([['1,234', false], ['1.234', true], ['1 234.5', true], ['1 234,5', false], ['1,234.5', true]])('%s (decimal comma %s) is ambiguous', (cell, comma) => {
    expect(ungroup(cell, comma)).toEqual({ ambiguous: true });
  });
  it('leaves other text alone', () => expect(ungroup('12abc', false)).toBeUndefined());
});

describe('file kinds', () => {
  const b = (s: string) => new TextEncoder().encode(s);
  it('refuses by signature, tolerates text', () => {
    expect(refuseBytes(b('PK\u0003\u0004....xl/workbook.xml'), false)).toBe('xlsx');
    expect(refuseBytes(b('%PDF-1.4'), false)).toBe('pdf');
    expect(refuseBytes(b('  <html><body>'), false)).toBe('html');
    expect(refuseBytes(new Uint8Array(0), false)).toBe('empty');
    expect(refuseBytes(b('BMI,Age\n1,2\n'), false)).toBeUndefined();
    expect(refuseBytes(b('a,b\n1,\u00002\n'), false)).toBeUndefined();
  });
  it('refuses a header without rows only when the sample is the whole file', () => {
    expect(sniffBytes(b('a,b,c\n\n'), true).refusal).toBe('header_only');
    expect(sniffBytes(b('a,b,c\n'), false).refusal).toBeUndefined();
  });
});
