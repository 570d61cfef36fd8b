/**
 * Lossless JSON for IndexedDB rows: typed arrays, ArrayBuffers and Dates (which plain JSON would mangle)
 * become tagged objects {"$t": kind, "d": base64|ms}. Used by backup.ts for the workspace file.
 */
import { fromB64, toB64 } from '../core/crypto/bytes';

const TYPED = {
  Uint8Array, Int8Array, Uint8ClampedArray, Uint16Array, Int16Array, Uint32Array, Int32Array, Float32Array, Float64Array,
} as const;
type TypedName = keyof typeof TYPED;

export function encodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return { $t: 'Date', d: v.getTime() };
  if (v instanceof ArrayBuffer) return { $t: 'ArrayBuffer', d: toB64(new Uint8Array(v)) };
  if (ArrayBuffer.isView(v)) {
    const name = v.constructor.name as TypedName;
    if (!(name in TYPED)) throw new TypeError(`Cannot back up ${name}`);
    return { $t: name, d: toB64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
  }
  if (Array.isArray(v)) return v.map(encodeValue);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeValue(x);
  return out;
}

export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  const o = v as Record<string, unknown>;
  if (typeof o.$t === 'string' && 'd' in o && Object.keys(o).length === 2) {
    if (o.$t === 'Date') return new Date(o.d as number);
    const bytes = fromB64(o.d as string);
    if (o.$t === 'ArrayBuffer') return bytes.buffer;
    const Ctor = TYPED[o.$t as TypedName];
    if (Ctor) return new Ctor(bytes.buffer.slice(0) as ArrayBuffer, 0, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = decodeValue(x);
  return out;
}
