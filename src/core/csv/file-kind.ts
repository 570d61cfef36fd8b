/**
 * Recognises files that are not CSV text by their first bytes, before any column mapping, so the user is
 * told what the file is and what to do ("an Excel workbook: save it as CSV") instead of "required columns
 * are missing" over a garbage preview: ZIP/XLSX/ODS, legacy XLS (OLE2), PDF, HTML/XML pages, images, other
 * binary data (NUL or control bytes that no text encoding produces), and files with nothing in them.
 */
import type { Refusal } from './types';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);

function ascii(b: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, b.length); i++) s += String.fromCharCode(b[i]);
  return s;
}

/** Bytes of a BOM at the start (UTF-8, UTF-16 LE/BE), 0 if none. */
export function bomLength(b: Uint8Array): number {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return 3;
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return 2;
  return 0;
}

/**
 * Why `head` (the first bytes of a file) can't be read as CSV, or undefined when it looks like text.
 * `utf16` says the text is UTF-16 (where NUL bytes are normal).
 */
export function refuseBytes(head: Uint8Array, utf16: boolean): Refusal | undefined {
  const bom = bomLength(head);
  if (head.length - bom === 0) return 'empty';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    const names = ascii(head, 4096);
    return /xl\/|\[Content_Types\]\.xml|spreadsheet/.test(names) ? 'xlsx' : 'zip';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || startsWith(head, [0xff, 0xd8, 0xff]) || ascii(head, 4) === 'GIF8' ||
    (ascii(head, 4) === 'RIFF' && ascii(head.subarray(8), 4) === 'WEBP')) return 'image';
  if (!utf16) {
    const text = ascii(head.subarray(bom), 512).trimStart().toLowerCase();
    if (/^(<!doctype html|<html|<head|<body|<\?xml|<table|<meta)/.test(text)) return 'html';
    let bad = 0;
    const n = Math.min(head.length, 8192);
    for (let i = bom; i < n; i++) {
      const c = head[i];
      if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
    }
    // A stray NUL or two is tolerated (reported per row if it breaks a value); binary data is full of them.
    if (bad > Math.max(8, (n - bom) * 0.02)) return 'binary';
  }
  return undefined;
}
