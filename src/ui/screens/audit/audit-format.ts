/**
 * Words for the audit log (#13): the event's name, the person (email, never an internal id), and a sentence for
 * the detail (`action=runs.delete, reason=admin-only` reads "Delete a run — only an administrator may"), plus the
 * CSV export of what is on screen. Unknown keys fall back to the stored text, never to a translation key.
 */
import { fmtDate, t } from '../../i18n/i18n';
import { csvLine, BOM } from '../../../core/csv/export';
import type { AuditLine } from '../../../core/audit/audit-view';
import type { AuditEntry } from '../../../storage/audit-repo';

function tOr(key: string, fallback: string, params?: Record<string, string | number>): string {
  const s = t(key, params);
  return s === key ? fallback : s;
}

export const eventName = (type: string): string => tOr(`audit.type.${type}`, type);

/** The person behind an entry: their email, "a removed user", or "nobody signed in". */
export function personName(userId: string | undefined, emails: ReadonlyMap<string, string>): string {
  if (!userId) return t('audit.person.none');
  return emails.get(userId) ?? t('audit.person.removed');
}

function value(k: string, v: string | number | boolean, emails: ReadonlyMap<string, string>): string {
  if (k === 'target' && typeof v === 'string') return personName(v, emails); // user events name the user concerned
  if (k === 'role') return tOr(`auth.role.${String(v)}`, String(v));
  if (typeof v === 'boolean') return t(v ? 'audit.yes' : 'audit.no');
  if (typeof v === 'number' && (k.endsWith('At') || k === 'until') && v > 0) return fmtDate(v);
  if (k === 'action') return tOr(`audit.action.${String(v)}`, String(v));
  if (k === 'reason') return tOr(`audit.reason.${String(v)}`, String(v));
  if (k === 'what') return tOr(`audit.what.${String(v)}`, String(v));
  return String(v);
}

export function detailText(e: AuditEntry, emails: ReadonlyMap<string, string>): string {
  if (!e.detail) return '';
  return Object.entries(e.detail).map(([k, v]) => `${tOr(`audit.detail.${k}`, k)}: ${value(k, v, emails)}`).join('; ');
}

/** "Signed in" or "Signed in — 5 times, from 10:01" for a collapsed line. */
export function lineEvent(l: AuditLine<AuditEntry>): string {
  const name = eventName(l.entry.type);
  return l.count > 1 ? t('audit.repeated', { event: name, n: l.count, from: fmtDate(l.firstAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : name;
}

/** The visible lines as CSV (one line per collapsed group, with its count), BOM for spreadsheets. */
export function auditCsv(lines: readonly AuditLine<AuditEntry>[], emails: ReadonlyMap<string, string>, delimiter: string): string {
  const head = csvLine([t('audit.when'), t('audit.csv.first'), t('audit.csv.count'), t('audit.event'), t('audit.user'), t('audit.detail')], delimiter);
  return BOM + head + lines.map((l) => csvLine([new Date(l.entry.at).toISOString(), new Date(l.firstAt).toISOString(), l.count,
    eventName(l.entry.type), personName(l.entry.userId, emails), detailText(l.entry, emails)], delimiter)).join('');
}
