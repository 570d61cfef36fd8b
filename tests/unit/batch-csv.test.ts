// Pure batch helpers (src/core/csv): sniffing, streaming parse across chunk boundaries, streaming SHA-256,
// columnar round trip, split validation ≡ core validateRow, aggregates, argsorts, export neutralisation.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectEncoding, headerSignature, sniffText } from '../../src/core/csv/sniff';
import { CsvTokenizer } from '../../src/core/csv/tokenizer';
import { Sha256Stream } from '../../src/core/csv/sha256-stream';
import { buildChunk } from '../../src/core/csv/chunk-build';
import { decodeRow, splitIds, type ChunkData } from '../../src/core/csv/columnar';
import { addChunk, decideChunk, emptyAggregates } from '../../src/core/csv/aggregates';
import { argsortFloat32, argsortSmallInt, reverseStable } from '../../src/core/csv/argsort';
import { csvLine, neutralise } from '../../src/core/csv/export';
import { sampleCard } from '../../src/core/testing/sampleCard';
import { validateRow } from '../../src/core/validate';

/** Encodes text in a Windows code page (reverse of Node's ICU decoder). */
function encode(text: string, enc: 'windows-1251' | 'windows-1250'): Uint8Array {
  const dec = new TextDecoder(enc);
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) rev.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => {
    const b = rev.get(ch);
    if (b === undefined) throw new Error(`${ch} not in ${enc}`);
    return b;
  }));
}

const RU = 'ID клиента;Возраст;Доход;Пол;Посещения сайта;Время на сайте\nC1;34;52000,5;Мужской;12;3,5\nC2;41;61000;Женский;3;7,25\n';
const PL = 'ID klienta,Wiek,Dochód,Płeć,Wizyty na stronie,Czas na stronie\nC1,34,52000,Mężczyzna,12,3.5\nC2,41,61000,Kobieta,3,7.25\n';

describe('sniffing', () => {
  it('detects UTF-8 with BOM and without', () => {
    const bytes = new TextEncoder().encode('\uFEFFa,b\n1,2\n');
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-8', uncertain: false, hasBom: true });
    expect(detectEncoding(new TextEncoder().encode(PL))).toMatchObject({ encoding: 'utf-8', uncertain: false, hasBom: false });
  });

  it('keeps UTF-8 when the sample cuts a multibyte character', () => {
    const bytes = new TextEncoder().encode(PL.repeat(20));
    const cut = bytes.findIndex((b, i) => i > 100 && b >= 0xc0) + 1;
    expect(detectEncoding(bytes.subarray(0, cut), false).encoding).toBe('utf-8');
  });

  it('detects Windows-1251 Russian headers with ; and decimal commas', () => {
    const bytes = encode(RU.repeat(3), 'windows-1251');
    const g = detectEncoding(bytes);
    expect(g.encoding).toBe('windows-1251');
    const t = sniffText(new TextDecoder(g.encoding).decode(bytes), true);
    expect(t.delimiter).toBe(';');
    expect(t.decimalComma).toBe(true);
    expect(t.headers[1]).toBe('Возраст');
    expect(t.rows[0]).toEqual(['C1', '34', '52000,5', 'Мужской', '12', '3,5']);
  });

  it('detects Windows-1250 Polish headers', () => {
    const bytes = encode(PL.repeat(3), 'windows-1250');
    const g = detectEncoding(bytes);
    expect(g.encoding).toBe('windows-1250');
    const t = sniffText(new TextDecoder(g.encoding).decode(bytes), true);
    expect(t.delimiter).toBe(',');
    expect(t.decimalComma).toBe(false);
    expect(t.headers[3]).toBe('Płeć');
  });

  it('detects tab and pipe delimiters and gives stable header signatures', () => {
    expect(sniffText('a\tb\tc\n1\t2\t3\n', true).delimiter).toBe('\t');
    expect(sniffText('a|b|c\n1|2|3\n', true).delimiter).toBe('|');
    expect(headerSignature(['A', ' b'])).toBe(headerSignature(['a', 'B ']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
  });
});

describe('streaming parse', () => {
  it('keeps a quoted newline that straddles a chunk boundary', () => {
    const text = 'id,note,n\n1,"first line\nsecond line",3\n2,"say ""hi""\r\nthere",4\n3,plain,5';
    for (const size of [1, 2, 5, 17, 1000]) {
      const rows: string[][] = [];
      const p = new CsvTokenizer(',', (r) => rows.push(r));
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      p.end();
      expect(rows).toEqual([['id', 'note', 'n'], ['1', 'first line\nsecond line', '3'], ['2', 'say "hi"\r\nthere', '4'], ['3', 'plain', '5']]);
    }
  });
});

describe('streaming SHA-256', () => {
  it('equals a one-shot digest for any split, and prefix hashes are exact', () => {
    const data = new Uint8Array(200_003).map((_, i) => (i * 31 + 7) & 255);
    const want = createHash('sha256').update(data).digest('hex');
    for (const step of [1_000, 63, 64, 65, 65_536]) {
      const h = new Sha256Stream();
      for (let o = 0; o < data.length; o += step) h.update(data.subarray(o, o + step));
      expect(h.hex()).toBe(want);
    }
    const h = new Sha256Stream().update(data.subarray(0, 1000));
    expect(h.prefixHex()).toBe(createHash('sha256').update(data.subarray(0, 1000)).digest('hex'));
    h.update(data.subarray(1000));
    expect(h.hex()).toBe(want);
    expect(new Sha256Stream().hex()).toBe(createHash('sha256').digest('hex'));
  });
});

const card = sampleCard();
const mapping = { CustomerID: 0, Age: 1, Income: 2, Gender: 3, WebsiteVisits: 4, TimeOnSite: 5 };
const rows = [
  ['C1', '34', '52000', 'male', '12', '3.5'],
  ['C2', 'x', '', 'Female', '3', '7'],
  ['C3', '41', '', '', '0', '1.25'],
  ['C4', '150', '1', 'Robot', '', '2'],
  ['C5', '22', '1000.5', 'FEMALE', '40', '900'],
];

describe('chunk build and columnar storage', () => {
  it('splits validation exactly like the core validateRow', () => {
    const b = buildChunk({ card, mapping, labelColumn: -1, decimalComma: false }, rows, 10);
    const core = rows.map((cells, i) => validateRow(card, Object.fromEntries(Object.entries(mapping).map(([k, j]) => [k, cells[j]])), 10 + i));
    expect(b.rowsIn).toBe(5);
    expect(b.inputs.n + b.invalidRows).toBe(5);
    expect(b.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual(core.flatMap((r) => (r.ok ? [] : r.errors.map((e) => [e.row, e.column, e.value, e.reason.code]))));
    expect(b.defaultsUsed).toBe(core.filter((r) => r.ok && r.defaultsUsed.length > 0).length);
    const valid = core.filter((r) => r.ok);
    expect(b.inputs.n).toBe(valid.length);
    expect([...b.inputs.sourceRows]).toEqual([10, 12, 14]);
  });

  it('round-trips every column through decodeRow', () => {
    const b = buildChunk({ card, mapping, labelColumn: -1, decimalComma: false }, rows, 1);
    const out = decideChunk(card, Float32Array.from([0.3, 0.6, 0.95]), 0.5);
    const data: ChunkData = structuredClone({ ...b.inputs, ...out });
    const ids = splitIds(data.ids, data.n);
    expect(ids).toEqual(['C1', 'C3', 'C5']);
    const r = decodeRow(data, 2, ids, 2);
    expect(r).toMatchObject({ customerId: 'C5', sourceRow: 5, inputs: { Age: 22, Income: 1000.5, Gender: 'Female', WebsiteVisits: 40, TimeOnSite: 900 }, predicted: 1 });
    expect(decodeRow(data, 1, ids, 1).inputs).toMatchObject({ Income: 50000, Gender: '' });
    expect(data.num.Age).toBeInstanceOf(Uint8Array);
    expect(data.num.Income).toBeInstanceOf(Float32Array);
    expect(data.num.TimeOnSite).toBeInstanceOf(Float32Array);
  });

  it('packs numbers into the narrowest exact column', async () => {
    const { packNumbers } = await import('../../src/core/csv/columnar');
    expect(packNumbers(Float64Array.from([0, 300]), true)).toBeInstanceOf(Uint16Array);
    expect(packNumbers(Float64Array.from([-5, 300]), true)).toBeInstanceOf(Int16Array);
    expect(packNumbers(Float64Array.from([-5, 1e6]), true)).toBeInstanceOf(Int32Array);
    expect(packNumbers(Float64Array.from([0.1, 2]), false)).toBeInstanceOf(Float64Array);
    expect([...packNumbers(Float64Array.from([0.1, 2]), false)]).toEqual([0.1, 2]);
    expect(packNumbers(Float64Array.from([2 ** 40]), true)).toBeInstanceOf(Float32Array);
    expect(packNumbers(Float64Array.from([1e12 + 1]), true)).toBeInstanceOf(Float64Array);
  });

  it('parses decimal commas and labels', () => {
    const b = buildChunk({ card, mapping, labelColumn: 6, decimalComma: true }, [['C1', '30', '100,5', 'Male', '1', '2,25', '1'], ['C2', '30', '', '', '1', '2', 'nie']], 1);
    expect(b.inputs.n).toBe(2);
    expect(b.inputs.num.Income[0]).toBe(100.5);
    expect(b.inputs.num.TimeOnSite[0]).toBe(2.25);
    expect([...b.inputs.label!]).toEqual([1, 0]);
  });
});

describe('aggregates', () => {
  it('counts by segment, decile, cluster and histogram', () => {
    const out = decideChunk(card, Float32Array.from([0.05, 0.5, 0.95, 0.95]), 0.5);
    const a = addChunk(emptyAggregates(2), { n: 4, cluster: Uint8Array.from([0, 1, 1, 1]) }, out, { rowsIn: 6, invalid: 2, defaultsUsed: 1 });
    expect(a).toMatchObject({ rows: 6, scored: 4, invalid: 2, defaultsUsed: 1, byCluster: [1, 3] });
    expect(a.byDecile.reduce((s, x) => s + x, 0)).toBe(4);
    expect(a.bySegment.High + a.bySegment.Medium + a.bySegment.Low).toBe(4);
    expect(a.histogram.reduce((s, x) => s + x, 0)).toBe(4);
    expect(a.predicted).toBe([...out.predicted].filter((x) => x === 1).length);
  });
});

describe('argsort', () => {
  it('sorts float32 scores and small ints stably', () => {
    const s = Float32Array.from([0.5, 0.1, 0.9, 0.5, 0, 1]);
    const idx = Uint32Array.from([0, 1, 2, 3, 4, 5]);
    expect([...argsortFloat32(s, idx)]).toEqual([4, 1, 0, 3, 2, 5]);
    expect([...reverseStable(argsortFloat32(s, idx), (i) => s[i])]).toEqual([5, 2, 0, 3, 1, 4]);
    expect([...argsortSmallInt(Uint8Array.from([3, 1, 3, 0, 1, 2]), idx)]).toEqual([3, 1, 4, 5, 0, 2]);
  });
});

describe('export', () => {
  it('neutralises formula cells and quotes', () => {
    expect(neutralise('=SUM(A1)')).toBe("'=SUM(A1)");
    for (const c of ['+1', '-2', '@x', '\tx', '\rx']) expect(neutralise(c)).toBe(`'${c}`);
    expect(neutralise('ok')).toBe('ok');
    expect(csvLine(['=1+1', 'a;b', 'q"x', -3, 0.5], ';')).toBe('\'=1+1;"a;b";"q""x";-3;0.5\r\n');
  });
});
