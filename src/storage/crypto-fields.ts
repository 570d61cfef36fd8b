/**
 * Personal-field encryption for repositories: seal/open with the session's data key and keyed index hashes.
 * Callers must seal BEFORE opening a Dexie transaction: awaiting WebCrypto inside one lets it commit early.
 */
import { hmacIndex, isSealed, openString, sealString } from '../core/crypto/seal';
import { requireSession, type Session } from './session';

export { isSealed };

export async function seal(session: Session, plaintext: string): Promise<string> {
  return sealString(requireSession(session, 'data.seal').keys, plaintext);
}

export async function open(session: Session, sealed: string): Promise<string> {
  return openString(requireSession(session, 'data.open').keys, sealed);
}

/** Opens a field that may be absent. */
export async function openOptional(session: Session, sealed: string | undefined): Promise<string | undefined> {
  return sealed === undefined ? undefined : open(session, sealed);
}

/** Keyed, normalised lookup hash of a value (e.g. a Customer ID), stable within a workspace. */
export async function indexKey(session: Session, value: string, context = 'customer'): Promise<string> {
  return hmacIndex(requireSession(session).keys, value.trim().toLowerCase(), context);
}
