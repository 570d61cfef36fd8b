/**
 * Password rules for LeadLens accounts and backups: at least 12 characters, not one of the most common
 * passwords (also after stripping digits/symbols around a common word, e.g. "qwertyuiop123"), not a single
 * repeated character or a short repeated pattern, and not containing the email's local part.
 * Returns a problem code (the UI translates it) or null when the password is acceptable.
 */
import { COMMON_PASSWORDS_CSV } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'tooShort' | 'common' | 'repeated' | 'containsEmail' | 'mismatch';

let common: Set<string> | undefined;
function commonSet(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS_CSV.split(','));
  return common;
}

export function isCommonPassword(pw: string): boolean {
  const lower = pw.toLowerCase();
  const set = commonSet();
  if (set.has(lower)) return true;
  // A common word padded with digits or symbols ("password2024!", "!!dragon1234") is still common.
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (core.length >= 4 && set.has(core)) return true;
  const noDigits = lower.replace(/[\d\W_]+$/g, '');
  return noDigits.length >= 4 && set.has(noDigits);
}

function isRepetitive(pw: string): boolean {
  if (/^(.)\1*$/u.test(pw)) return true;
  // A short unit repeated ("abcabcabcabc", "121212121212").
  for (let unit = 1; unit <= 4; unit++) {
    if (pw.length % unit === 0 && pw.slice(0, unit).repeat(pw.length / unit) === pw) return true;
  }
  return false;
}

/** The first problem with a new password, or null. `confirm` is checked when given. */
export function checkPassword(pw: string, opts: { email?: string; confirm?: string } = {}): PasswordProblem | null {
  if ([...pw].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (isRepetitive(pw)) return 'repeated';
  const local = (opts.email ?? '').split('@')[0].trim().toLowerCase();
  if (local.length >= 3 && pw.toLowerCase().includes(local)) return 'containsEmail';
  if (isCommonPassword(pw)) return 'common';
  if (opts.confirm !== undefined && opts.confirm !== pw) return 'mismatch';
  return null;
}

/** A loose email shape check for sign-in and user forms. */
export function isEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
}
