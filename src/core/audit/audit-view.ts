/**
 * The audit log as people read it (#13): repeated unlocks of the same session collapse into one line, and
 * filters by event type, person and date range. Pure (no DOM, no storage) so the screen and its tests share it;
 * the entry shape is structural so core does not depend on storage.
 */

export interface AuditLike { id?: number; at: number; type: string; userId?: string; detail?: Record<string, string | number | boolean> }

/** One line of the log: the newest entry of a run of repeats, how many there were and when the run began. */
export interface AuditLine<E extends AuditLike = AuditLike> { entry: E; count: number; firstAt: number }

/** Events that repeat without telling anything new when the same person does them again in a row. */
export const UNLOCK_TYPES: ReadonlySet<string> = new Set(['signin.success', 'signin.resume']);

/** Collapses consecutive unlocks (newest-first input) by the same person into one line each. */
export function collapseUnlocks<E extends AuditLike>(entries: readonly E[]): AuditLine<E>[] {
  const out: AuditLine<E>[] = [];
  for (const e of entries) {
    const prev = out[out.length - 1];
    if (prev && UNLOCK_TYPES.has(e.type) && prev.entry.type === e.type && prev.entry.userId === e.userId) {
      prev.count++;
      prev.firstAt = e.at;
    } else {
      out.push({ entry: e, count: 1, firstAt: e.at });
    }
  }
  return out;
}

export interface AuditFilter { type?: string; userId?: string; from?: number; to?: number }

/** Entries matching every given criterion; `to` is exclusive (the start of the day after the chosen last day). */
export function filterAudit<E extends AuditLike>(entries: readonly E[], f: AuditFilter): E[] {
  return entries.filter((e) => (!f.type || e.type === f.type) && (!f.userId || e.userId === f.userId)
    && (f.from === undefined || e.at >= f.from) && (f.to === undefined || e.at < f.to));
}
