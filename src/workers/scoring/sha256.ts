/**
 * SHA-256 of downloaded model files, so a corrupt or swapped ONNX/trees file is refused before it can
 * score. Uses WebCrypto when present; falls back to the core's pure-TS streaming digest because
 * crypto.subtle is missing on insecure origins (e.g. the app served over plain http on a LAN address).
 */
import { Sha256Stream } from '../../core/csv/sha256-stream';

/** Pure-JS SHA-256 (FIPS 180-4), hex output. */
export function sha256HexSync(data: Uint8Array): string {
  return new Sha256Stream().update(data).hex();
}

/** SHA-256 hex digest of `data` (WebCrypto if available). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return sha256HexSync(data);
}
