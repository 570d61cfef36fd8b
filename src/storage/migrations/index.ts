/**
 * Data migrations that need the workspace key, run right after a successful sign-in (see
 * docs/SCHEMA_MIGRATIONS.md "post-sign-in migrations"). Schema changes stay Dexie versions in db.ts; these
 * rewrite values (seal, re-key) and must be idempotent: they run on every sign-in and after a restore.
 * A failing migration never blocks sign-in; it is logged and retried next time.
 */
import type { Session } from '../session';
import { logAudit } from '../audit-repo';
import { sealLeadInputs } from './seal-lead-inputs';

const MIGRATIONS: { name: string; run: (s: Session) => Promise<number> }[] = [
  { name: 'seal-lead-inputs', run: sealLeadInputs },
];

export async function runDataMigrations(session: Session): Promise<void> {
  for (const m of MIGRATIONS) {
    try {
      const n = await m.run(session);
      if (n > 0) await logAudit('migrate', { migration: m.name, records: n }, session.userId);
    } catch (e) {
      console.warn(`migration ${m.name} failed; it will be retried at the next sign-in`, e);
    }
  }
}
