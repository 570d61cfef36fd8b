/**
 * Writes an encrypted workspace backup and hands it to the browser as a download (`leadlens-YYYY-MM-DD.leadlens`).
 * Shared by "Back up now" (dashboard, settings) and the Security section's export, so both record the
 * backup's date the same way (storage/backup exportWorkspace does).
 */
import { BACKUP_EXTENSION, exportWorkspace } from '../../../storage/backup';
import { checkPassword } from '../../../core/crypto/password-policy';
import { currentSession } from '../../../storage/session';

/** Checks the two password fields, exports, starts the download; resolves to the file name. */
export async function downloadBackup(password: string, confirm: string): Promise<string> {
  const problem = checkPassword(password, { confirm });
  if (problem) throw Object.assign(new Error(problem), { name: 'UserError', code: problem });
  const bytes = await exportWorkspace(currentSession(), password);
  const name = `leadlens-${new Date().toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
