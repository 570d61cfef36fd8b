/**
 * Guesses how a user's CSV is written from its first bytes, before anything is imported: encoding
 * (BOM; else strict UTF-8; else Windows-1251 vs -1250 by letter statistics), delimiter (, ; tab |),
 * decimal commas, and a stable header signature for remembering column mappings.
 */
import Papa from 'papaparse';
import type { Delimiter, Encoding } from '../../bridge/batch-contract';

export const SNIFF_BYTES = 64 * 1024;

export interface EncodingGuess { encoding: Encoding; uncertain: boolean; hasBom: boolean }

function isHigh(b: number | undefined): boolean {
  return b !== undefined && b >= 0x80;
}

/**
 * Encoding of `bytes` (the head of the file; `whole` when it is the entire file, so a multibyte
 * sequence cut at the end is an error rather than an artefact of the cut).
 */
export function detectEncoding(bytes: Uint8Array, whole = false): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', uncertain: false, hasBom: true };
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high === 0) return { encoding: 'utf-8', uncertain: false, hasBom: false };
  try {
    // stream: true keeps a trailing incomplete sequence instead of throwing (the sample may cut one).
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return { encoding: 'utf-8', uncertain: false, hasBom: false };
  } catch {
    /* not UTF-8: a single-byte Windows code page */
  }
  // Russian words are runs of high bytes (every Cyrillic letter is >= 0xC0 in cp1251); Polish words are
  // mostly ASCII with isolated diacritics (ł, ą, ę, ó ... are single high bytes between ASCII letters).
  let adjacent = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (isHigh(bytes[i]) && (isHigh(bytes[i - 1]) || isHigh(bytes[i + 1]))) adjacent++;
  }
  const ratio = adjacent / high;
  const encoding: Encoding = ratio >= 0.5 ? 'windows-1251' : 'windows-1250';
  const uncertain = high < 16 || (ratio > 0.35 && ratio < 0.65);
  return { encoding, uncertain, hasBom: false };
}

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];

/** Drops a possibly incomplete last line of a sample (unless it is the whole file). */
export function completeLines(text: string, whole: boolean): string {
  if (whole) return text;
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return cut > 0 ? text.slice(0, cut) : text;
}

function parseSample(text: string, delimiter: Delimiter, preview: number): string[][] {
  const res = Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: 'greedy' });
  return res.data;
}

/** Delimiter whose split gives the most consistent multi-column rows in the sample. */
export function detectDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const rows = parseSample(sample, d, 50);
    if (rows.length === 0) continue;
    const cols = rows[0].length;
    if (cols < 2) continue;
    const consistent = rows.filter((r) => r.length === cols).length / rows.length;
    const score = consistent * 1000 + cols;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const DECIMAL_POINT = /^[+-]?\d*\.\d+$/;

/** True when numbers in the sample use a decimal comma (only possible when ',' is not the delimiter). */
export function detectDecimalComma(rows: readonly string[][], delimiter: Delimiter): boolean {
  if (delimiter === ',') return false;
  let comma = 0;
  let point = 0;
  for (const r of rows) {
    for (const c of r) {
      const s = c.trim();
      if (DECIMAL_COMMA.test(s)) comma++;
      else if (DECIMAL_POINT.test(s)) point++;
    }
  }
  return comma > point;
}

/** FNV-1a 32-bit, hex: short and stable, used for header signatures only (not security). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Stable key for "the same kind of file": trimmed, lower-cased headers in order. */
export function headerSignature(headers: readonly string[]): string {
  const norm = headers.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase()).join('\u001f');
  return `h${headers.length}-${fnv1a(norm)}`;
}

export interface TextSniff { delimiter: Delimiter; decimalComma: boolean; headers: string[]; rows: string[][] }

/** Splits a decoded sample into headers and preview rows exactly as the importer will. */
export function sniffText(text: string, whole: boolean, override?: { delimiter?: Delimiter }, previewRows = 20): TextSniff {
  const sample = completeLines(text.replace(/^\uFEFF/, ''), whole);
  const delimiter = override?.delimiter ?? detectDelimiter(sample);
  const all = parseSample(sample, delimiter, previewRows + 1);
  const headers = (all[0] ?? []).map((h) => h.trim());
  const rows = all.slice(1);
  return { delimiter, decimalComma: detectDecimalComma(rows, delimiter), headers, rows };
}
