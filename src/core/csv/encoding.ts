/**
 * Which text encoding a user's file is in, from its first bytes: a BOM (UTF-8, UTF-16 LE/BE), UTF-16
 * without a BOM (NUL-byte pattern), strict UTF-8, else the single-byte code page whose decoding reads
 * most like real text. Analysts' files are Polish and Russian as often as English: Windows-1250,
 * ISO-8859-2, Windows-1251, KOI8-R and Windows-1252 are scored by how plausible each decoding is
 * (letters vs symbols/controls inside words, one script per word, Cyrillic case and letter frequency).
 * Measured against jschardet 4.1.0 on Polish and Russian samples (tests/unit/csv-encoding.test.ts,
 * docs/HOSTILE_CSV.md): this scorer is right more often on short samples, so it is kept.
 * When two decodings that differ score close, the guess is `uncertain` and the plausible ones are listed.
 */
import type { Encoding } from './types';

export interface EncodingGuess {
  encoding: Encoding;
  uncertain: boolean;
  hasBom: boolean;
  /** Encodings that read plausibly, best first (just `encoding` when sure). */
  candidates: Encoding[];
}

export const SINGLE_BYTE: Encoding[] = ['windows-1251', 'windows-1250', 'iso-8859-2', 'koi8-r', 'windows-1252'];

const sure = (encoding: Encoding, hasBom = false): EncodingGuess => ({ encoding, uncertain: false, hasBom, candidates: [encoding] });

/** UTF-16 without BOM: text is mostly ASCII, so every other byte is NUL. */
function utf16WithoutBom(b: Uint8Array): Encoding | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

type Cls = 0 | 1 | 2 | 3 | 4 | 5; // 0 other, 1 ASCII letter, 2 Latin non-ASCII letter, 3 Cyrillic lower, 4 Cyrillic upper, 5 control/undefined
const RU_FREQUENT = new Set('оеаинтсрвл');
const PL_LETTERS = new Set('ąćęłńóśźżĄĆĘŁŃÓŚŹŻ');

interface Table { cls: Uint8Array; bonus: Float32Array; chars: string[] }
const tables = new Map<Encoding, Table>();

function table(enc: Encoding): Table {
  let t = tables.get(enc);
  if (t) return t;
  const cls = new Uint8Array(256);
  const bonus = new Float32Array(256);
  const dec = new TextDecoder(enc);
  const chars: string[] = [];
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    chars.push(ch);
    const c = ch.codePointAt(0) ?? 0xfffd;
    let k: Cls = 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k = 1;
    else if ((c >= 0x80 && c < 0xa0) || c === 0xfffd) k = 5;
    else if (c >= 0x400 && c <= 0x4ff) k = ch === ch.toLowerCase() ? 3 : 4;
    else if (c >= 0xc0 && /\p{L}/u.test(ch)) k = 2;
    cls[b] = k;
    if (k === 3 && RU_FREQUENT.has(ch)) bonus[b] = 0.6;
    if (k === 2 && PL_LETTERS.has(ch)) bonus[b] = 0.5;
  }
  t = { cls, bonus, chars };
  tables.set(enc, t);
  return t;
}

/** Plausibility of reading `b` as `enc`, per non-ASCII byte (higher is better). */
export function textScore(b: Uint8Array, enc: Encoding): number {
  const { cls, bonus } = table(enc);
  let score = 0;
  let high = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x < 0x80) continue;
    high++;
    const k = cls[x];
    const p = i > 0 ? cls[b[i - 1]] : 0;
    const nx = i + 1 < b.length ? cls[b[i + 1]] : 0;
    const letterNear = p !== 0 && p !== 5 ? p : nx !== 0 && nx !== 5 ? nx : 0;
    if (k === 5) score -= 6;
    else if (k === 0) score -= letterNear ? 3 : 0.5;
    else if (!letterNear) score -= k === 3 ? 0 : 1; // a lone letter between digits/spaces is more likely a symbol (€ vs Ђ)
    else if (k === 2) {
      // Latin-script languages put diacritics between plain letters, rarely two in a row.
      score += 0.5 + bonus[x];
      if (letterNear >= 3) score -= 2;
      else if (p === 2 && nx === 2) score -= 1.5;
    } else {
      score += 1 + bonus[x];
      if (p === 1 || nx === 1) score -= 2; // Cyrillic glued to ASCII letters
      if (k === 4 && p === 3) score -= 1.5; // capital inside a lower-case word
    }
  }
  return high > 0 ? score / high : 0;
}

function differs(b: Uint8Array, a: Encoding, c: Encoding): boolean {
  const ta = table(a).chars;
  const tc = table(c).chars;
  for (const x of b) if (x >= 0x80 && ta[x] !== tc[x]) return true;
  return false;
}

/**
 * Encoding of `bytes` (the head of the file; `whole` when it is the entire file, so a multibyte
 * sequence cut at the end is an error rather than an artefact of the cut).
 */
export function detectEncoding(bytes: Uint8Array, whole = false): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return sure('utf-8', true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return sure('utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return sure('utf-16be', true);
  const u16 = utf16WithoutBom(bytes);
  if (u16) return sure(u16);
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high === 0) return sure('utf-8');
  try {
    // stream: true keeps a trailing incomplete sequence instead of throwing (the sample may cut one).
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return sure('utf-8');
  } catch {
    /* not UTF-8: a single-byte code page */
  }
  const ranked = SINGLE_BYTE.map((e) => ({ e, s: textScore(bytes, e) })).sort((a, b) => b.s - a.s);
  const best = ranked[0];
  const margin = high < 12 ? 0.8 : 0.35;
  const close = ranked.filter((r, i) => i > 0 && best.s - r.s < margin && differs(bytes, best.e, r.e)).map((r) => r.e);
  return { encoding: best.e, uncertain: close.length > 0, hasBom: false, candidates: [best.e, ...close] };
}
