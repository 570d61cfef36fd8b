/**
 * The role matrix in one place (#13): every action only an administrator may take, under the name the data API
 * refuses it with (`requireAdmin(session, name)`) and the audit log records it by. Analysts may do everything
 * else a signed-in user can (score, batch, runs, clients, re-cluster, settings that only shape their own view).
 * The UI does not decide from this list (it hides or disables the actions for courtesy; the data API decides);
 * unit tests check that every requireAdmin call names an action listed here, that each refuses an analyst and
 * audits the refusal, and that each has words in every language. docs/SECURITY.md shows the same matrix.
 */
export const ADMIN_ACTIONS = [
  // users and the audit log (Users and Audit screens: not in an analyst's navigation)
  'users.list', 'users.add', 'users.resetPassword', 'users.setRole', 'users.setDisabled', 'users.remove', 'audit.read',
  // conversion models (Models screen: not in an analyst's navigation)
  'models.train', 'models.activate', 'models.rollback', 'models.delete', 'models.export', 'models.import',
  // customer models (Models screen)
  'models.customers.read', 'models.customers.retrain', 'models.customers.schedule',
  'models.customers.activate', 'models.customers.rollback', 'models.customers.delete', 'models.customers.export',
  'models.customers.import',
  // data deletion (Runs screen: left out with a note; client card and scored leads: disabled with the reason)
  'runs.delete', 'clients.delete', 'leads.delete',
  // backup, restore, erase and security settings (Settings: disabled or left out with the reason)
  'backup.export', 'backup.restore', 'workspace.erase',
  'settings.idleMinutes', 'settings.encryptCustomerIds', 'settings.backupReminder',
] as const;

export type AdminAction = (typeof ADMIN_ACTIONS)[number];
