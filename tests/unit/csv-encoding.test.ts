// Encoding detection measured (issue #14 defect 3): our scorer (src/core/csv/encoding.ts) against jschardet
// 4.1.0 (0BSD, restricted to the same five code pages) on real Polish and Russian text — prose and CRM-style
// rows — cut into windows of 16 … 512 bytes at many offsets. A guess counts as right when it decodes the
// window to the same text as the true encoding (Windows-1250 and ISO-8859-2 agree on most Polish letters).
// Prints the table (copied into docs/HOSTILE_CSV.md) and asserts we are never worse than jschardet.
import jschardet from 'jschardet';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/core/csv/encoding';
import { encodeSingleByte, encodeUtf16, PL_CITIES, PL_NAMES, PL_PROSE, RU_CITIES, RU_NAMES, RU_PROSE } from '../fixtures/hostile/texts.mjs';

const PL = [...PL_PROSE, ...PL_CITIES.map((c, i) => `${PL_NAMES[i % PL_NAMES.length]};${c};Mężczyzna;Świadomość`), ...PL_PROSE].join('\n');
const RU = [...RU_PROSE, ...RU_CITIES.map((c, i) => `${RU_NAMES[i % RU_NAMES.length]};${c};Мужской;Узнаваемость`), ...RU_PROSE].join('\n');
const CASES = [['pl', PL, 'windows-1250'], ['pl', PL, 'iso-8859-2'], ['ru', RU, 'windows-1251'], ['ru', RU, 'koi8-r']] as const;
const LENGTHS = [16, 32, 64, 128, 256, 512];
const J_ENCODINGS = ['windows-1250', 'windows-1251', 'KOI8-R', 'ISO-8859-2', 'windows-1252'];

describe('encoding detection: ours vs jschardet on Polish and Russian', () => {
  it('is right at least as often as jschardet at every length, and always from 64 bytes on', () => {
    const lines = ['| text | encoding | bytes | windows | ours right | ours wrong but flagged uncertain (right one offered) | jschardet right |', '|---|---|---|---|---|---|---|'];
    for (const [lang, text, enc] of CASES) {
      const bytes = encodeSingleByte(text, enc);
      for (const len of LENGTHS) {
        let n = 0, ours = 0, flagged = 0, theirs = 0;
        for (let off = 0; off + len <= bytes.length; off += Math.max(7, len >> 2)) {
          const w = bytes.subarray(off, off + len);
          const want = new TextDecoder(enc).decode(w);
          n++;
          const g = detectEncoding(w, true);
          if (new TextDecoder(g.encoding).decode(w) === want) ours++;
          else if (g.uncertain && g.candidates.includes(enc)) flagged++;
          const j = jschardet.detect(Buffer.from(w), { detectEncodings: J_ENCODINGS });
          if (j.encoding && new TextDecoder(j.encoding.toLowerCase()).decode(w) === want) theirs++;
        }
        lines.push(`| ${lang} | ${enc} | ${len} | ${n} | ${ours} | ${flagged} | ${theirs} |`);
        expect(ours, `${enc} ${len}`).toBeGreaterThanOrEqual(theirs);
        if (len >= 64) expect(ours, `${enc} ${len}`).toBe(n);
      }
    }
    console.log(lines.join('\n'));
  });

  it('tells UTF-8 and UTF-16 (with and without BOM) from code pages', () => {
    const s = `${PL}\n${RU}`;
    expect(detectEncoding(new TextEncoder().encode(s)).encoding).toBe('utf-8');
    expect(detectEncoding(encodeUtf16(s, true, true))).toMatchObject({ encoding: 'utf-16le', hasBom: true });
    expect(detectEncoding(encodeUtf16(s, false, true))).toMatchObject({ encoding: 'utf-16be', hasBom: true });
    expect(detectEncoding(encodeUtf16(`a;b\n${PL}`, true, false)).encoding).toBe('utf-16le');
    expect(detectEncoding(encodeUtf16(`a;b\n${PL}`, false, false)).encoding).toBe('utf-16be');
  });

  it('flags a weak guess and lists the plausible encodings', () => {
    const g = detectEncoding(encodeSingleByte('ID;City\n1;Gdańsk\n', 'windows-1250'), true);
    expect(g).toMatchObject({ encoding: 'windows-1250', uncertain: true });
    expect(g.candidates).toContain('windows-1252');
    const sure = detectEncoding(encodeSingleByte(RU, 'koi8-r'), true);
    expect(sure).toMatchObject({ encoding: 'koi8-r', uncertain: false, candidates: ['koi8-r'] });
  });
});
