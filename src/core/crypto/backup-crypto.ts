/**
 * Encrypted backup container: bytes (already compressed by the caller) sealed with AES-GCM-256 under a key
 * derived from a backup password with the same versioned PBKDF2 parameters as user keys (downgrades refused).
 * Layout: "LLBK" magic, 1 version byte, 4-byte big-endian header length, JSON header {v, kdf, iv}, ciphertext.
 * The header is authenticated as additional data.
 */
import { concat, fromB64, fromUtf8, randomBytes, toB64, utf8, type Bytes } from './bytes';
import { deriveKek, newKdfParams, type KdfParams } from './kdf';
import { WrongPasswordError, type WrapOptions } from './workspace-keys';

const MAGIC = utf8('LLBK');

interface Header { v: 1; kdf: KdfParams; iv: string }

export class NotABackupError extends Error {
  constructor() { super('This file is not a LeadLens backup'); this.name = 'NotABackupError'; }
}

export async function encryptBackup(payload: Uint8Array, password: string, opts: WrapOptions = {}): Promise<Bytes> {
  const kdf = newKdfParams(opts.testIterations);
  const key = await deriveKek(password, kdf, opts);
  const iv = randomBytes(12);
  const header = utf8(JSON.stringify({ v: 1, kdf, iv: toB64(iv) } satisfies Header));
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, header.length);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, payload as Bytes));
  return concat(MAGIC, new Uint8Array([1]), len, header, ct);
}

export async function decryptBackup(file: Uint8Array, password: string, opts: WrapOptions = {}): Promise<Bytes> {
  if (file.length < 9 || fromUtf8(file.subarray(0, 4)) !== 'LLBK' || file[4] !== 1) throw new NotABackupError();
  const len = new DataView(file.buffer, file.byteOffset + 5, 4).getUint32(0);
  const headerBytes = file.slice(9, 9 + len);
  let header: Header;
  try { header = JSON.parse(fromUtf8(headerBytes)) as Header; } catch { throw new NotABackupError(); }
  const key = await deriveKek(password, header.kdf, opts);
  try {
    const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(header.iv), additionalData: headerBytes }, key, file.slice(9 + len));
    return new Uint8Array(pt);
  } catch {
    throw new WrongPasswordError();
  }
}
