/**
 * Guesses how a user's CSV is written from its first bytes, before anything is imported, with the same
 * tokenizer the import uses: what the file is (non-CSV files and empty files are refused here, by
 * signature), encoding (./encoding.ts), delimiter (an Excel `sep=` line, else , ; tab | by the most
 * consistent split), decimal commas, the header, preview rows, and a stable header signature for
 * remembering column mappings. Shared by the Batch screen and the CLI.
 */
import type { Delimiter, Encoding, Refusal } from './types';
import { detectEncoding, type EncodingGuess } from './encoding';
import { refuseBytes } from './file-kind';
import { readAll, type ReadAll } from './records';

export { detectEncoding, type EncodingGuess } from './encoding';

export const SNIFF_BYTES = 64 * 1024;

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];
const SEP_LINE = /^sep=(.)\s*(\r\n|\n|\r|$)/i;

/** Drops a possibly incomplete last line of a sample (unless it is the whole file). */
export function completeLines(text: string, whole: boolean): string {
  if (whole) return text;
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return cut > 0 ? text.slice(0, cut) : text;
}

/** Delimiter whose split gives the most consistent multi-column rows in the sample. */
export function detectDelimiter(sample: string): Delimiter {
  const sep = SEP_LINE.exec(sample);
  if (sep && (CANDIDATES as string[]).includes(sep[1])) return sep[1] as Delimiter;
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const r = readAll(sample, d, 50);
    const cols = r.header.length;
    if (cols < 2) continue;
    const ok = r.rows.filter((x) => !x.issue).length;
    const consistent = r.rows.length > 0 ? ok / r.rows.length : 0.5;
    const score = consistent * 1000 + cols;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

const DECIMAL_COMMA = /^[+-]?(\d{1,3}([ \u00a0\u202f'’.]\d{3})+|\d+),\d+$/;
const DECIMAL_POINT = /^[+-]?(\d{1,3}([ \u00a0\u202f'’,]\d{3})+|\d*)\.\d+$/;

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

export interface TextSniff { delimiter: Delimiter; decimalComma: boolean; headers: string[]; rows: string[][]; read: ReadAll }

/** Splits a decoded sample into headers and preview rows exactly as the importer will. */
export function sniffText(text: string, whole: boolean, override?: { delimiter?: Delimiter }, previewRows = 20): TextSniff {
  const sample = completeLines(text.replace(/^\uFEFF/, ''), whole);
  const delimiter = override?.delimiter ?? detectDelimiter(sample);
  const read = readAll(sample, delimiter, Math.max(previewRows, 200));
  const rows = read.rows.map((r) => r.cells);
  return { delimiter: read.delimiter as Delimiter, decimalComma: detectDecimalComma(rows, delimiter), headers: read.header, rows: rows.slice(0, previewRows), read };
}

export interface ByteSniff extends TextSniff { guess: EncodingGuess; encoding: Encoding; refusal?: Refusal }

/**
 * Everything the setup step needs from the head of a file (`whole` when it is the entire file): a
 * refusal (empty, header only, not a text file...) or encoding, delimiter, header and preview rows.
 */
export function sniffBytes(head: Uint8Array, whole: boolean, override: { encoding?: Encoding; delimiter?: Delimiter } = {}): ByteSniff {
  const guess = detectEncoding(head, whole);
  const encoding = override.encoding ?? guess.encoding;
  const refusal = refuseBytes(head, encoding.startsWith('utf-16') || guess.encoding.startsWith('utf-16'));
  const text = refusal ? '' : new TextDecoder(encoding).decode(head, { stream: !whole });
  const t = sniffText(text, whole, { delimiter: override.delimiter });
  const empty = t.headers.length === 0 || (t.headers.length === 1 && t.headers[0] === '');
  const why: Refusal | undefined = refusal ?? (empty && whole ? 'empty' : whole && t.read.counts.rows === 0 ? 'header_only' : undefined);
  return { ...t, guess, encoding, refusal: why };
}
