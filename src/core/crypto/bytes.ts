/**
 * Byte helpers shared by the crypto modules: UTF-8, base64 and random bytes, written against the globals
 * that exist in the page, in workers and in Node 20 alike (TextEncoder, btoa/atob, crypto.getRandomValues),
 * so src/core/crypto stays pure and unit-testable in Node.
 */

/** The key type of WebCrypto, named without the DOM lib so this compiles for page, worker and Node. */
export type Key = Parameters<typeof crypto.subtle.encrypt>[1];
export type Bytes = Uint8Array<ArrayBuffer>;

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function utf8(s: string): Bytes {
  return enc.encode(s) as Bytes;
}
export function fromUtf8(b: Uint8Array): string {
  return dec.decode(b);
}

export function randomBytes(n: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(n));
}

export function toB64(b: Uint8Array): string {
  let s = '';
  const CH = 0x8000;
  for (let i = 0; i < b.length; i += CH) s += String.fromCharCode(...b.subarray(i, i + CH));
  return btoa(s);
}
export function fromB64(s: string): Bytes {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
/** URL-safe base64 without padding (for index keys used as IndexedDB keys). */
export function toB64Url(b: Uint8Array): string {
  return toB64(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
