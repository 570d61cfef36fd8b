// The whitespace tokenizer on the CDNOW layouts: header with leading spaces, CRLF, chunks cut anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasHeaderRow, looksWhitespaceAligned, splitWhitespace, WhitespaceTokenizer } from './whitespace';

const MASTER = ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n 00002 19970112  5   77.00\r\n';
const SAMPLE = ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n';

describe('whitespace tokenizer', () => {
  it('splits runs of spaces, keeps leading zeros, drops CR and blank lines', () => {
    expect(splitWhitespace(MASTER + '\r\n   \r\n')).toEqual([
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      ['00001', '19970101', '1', '11.77'],
      ['00002', '19970112', '1', '12.00'],
      ['00002', '19970112', '5', '77.00'],
    ]);
  });

  it('gives the same rows whatever the chunk boundaries (and strips a BOM)', () => {
    const whole = splitWhitespace(MASTER);
    for (const size of [1, 2, 3, 7, 13, 64]) {
      const t = new WhitespaceTokenizer();
      const rows: string[][] = [];
      const text = '\uFEFF' + MASTER.replace(/\r\n$/, '');
      for (let i = 0; i < text.length; i += size) rows.push(...t.push(text.slice(i, i + size)));
      rows.push(...t.end());
      expect(rows).toEqual(whole);
    }
  });

  it('detects the layout and the header', () => {
    expect(looksWhitespaceAligned(MASTER)).toBe(true);
    expect(looksWhitespaceAligned(SAMPLE)).toBe(true);
    expect(looksWhitespaceAligned(MASTER.slice(0, 70))).toBe(true);
    expect(looksWhitespaceAligned('id,date,amount\n1,2024-01-01,3\n')).toBe(false);
    expect(looksWhitespaceAligned('id;date\n1;2\n')).toBe(false);
    expect(looksWhitespaceAligned('id\tdate\n1\t2\n')).toBe(false);
    expect(looksWhitespaceAligned('Dear customer,\nthanks for the order\nbye\n')).toBe(false);
    expect(looksWhitespaceAligned('justonecolumn\n1\n')).toBe(false);
    const [h, d] = splitWhitespace(MASTER);
    expect(hasHeaderRow(h, d)).toBe(true);
    const [s1, s2] = splitWhitespace(SAMPLE);
    expect(hasHeaderRow(s1, s2)).toBe(false);
  });

  const file = '/work/shared/data/cdnow/CDNOW_master.txt';
  it.skipIf(!existsSync(file))('reads all of CDNOW_master.txt: 69,659 lines of 4 cells', () => {
    const text = readFileSync(file, 'utf8');
    expect(looksWhitespaceAligned(text.slice(0, 4096))).toBe(true);
    const rows = splitWhitespace(text);
    expect(rows).toHaveLength(69_660);
    expect(rows.every((r) => r.length === 4)).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(23_570);
  });
});
