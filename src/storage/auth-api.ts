/**
 * window.leadlensApi: the data API for tests and power users, installed only when the URL has `?api`.
 * Every call goes through the same repository functions as the UI with the current session, so roles are
 * enforced by the data layer (an analyst gets PermissionError for admin operations): it is not a backdoor.
 */
import { currentSession } from './session';
import { signIn, signOut } from './auth';
import { addUser, listUsers, removeUser, setDisabled, setRole } from './users-repo';
import { deleteClient, listClients, saveClients } from './clients-repo';
import { demoClients } from './clients-repo-demo';
import { listAudit } from './audit-repo';
import { exportWorkspace, restoreWorkspace, wipeAll } from './backup';
import type { Role } from './session';
import { activateModel, listStoredModels } from './models/models-repo';
import { deleteRun, listRuns } from './runs-repo';
import { allLeads, deleteLead } from './leads-repo';

function api() {
  const s = () => currentSession();
  return {
    whoami: () => { const x = s(); return x ? { userId: x.userId, email: x.email, role: x.role } : null; },
    signIn: async (email: string, password: string) => { const x = await signIn(email, password); return { userId: x.userId, role: x.role }; },
    signOut: () => signOut(),
    listClients: () => listClients(s()),
    loadDemoClients: (n = 40) => saveClients(s(), demoClients(n)),
    deleteClient: (id: string) => deleteClient(s(), id),
    listUsers: () => listUsers(s()),
    addUser: (email: string, role: Role, password: string, adminPassword: string) => addUser(s(), { email, role, password }, adminPassword),
    setRole: (userId: string, role: Role) => setRole(s(), userId, role),
    setDisabled: (userId: string, disabled: boolean) => setDisabled(s(), userId, disabled),
    removeUser: (userId: string) => removeUser(s(), userId),
    listAudit: () => listAudit(s()),
    exportWorkspace: (password: string) => exportWorkspace(s(), password),
    restoreWorkspace: (bytes: Uint8Array, password: string) => restoreWorkspace(s(), bytes, password),
    wipeAll: () => wipeAll(s()),
    listModels: () => listStoredModels('conversion'),
    activateModel: (id: string, champion: string, builtIns: string[]) => activateModel(s(), 'conversion', id, { champion, builtIns }),
    listRuns: () => listRuns(),
    deleteRun: (id: string) => deleteRun(id),
    listLeads: () => allLeads(),
    deleteLead: (id: number) => deleteLead(s(), id),
  };
}

export type LeadLensApi = ReturnType<typeof api>;

export function installApi(): void {
  (globalThis as { leadlensApi?: LeadLensApi }).leadlensApi = api();
}
