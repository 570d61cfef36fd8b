/**
 * Keeps the tabs of one browser in step about who is signed in (#14 "two tabs"). Sessions (and their keys)
 * live in each tab's memory only; this relays, over a BroadcastChannel:
 * - lock / sign-out / erase in one tab → every other tab drops its keys too ("locking one tab locks both");
 * - a sign-in as a different user in one tab → tabs holding another user's session drop it, so no tab keeps
 *   acting with a key the person at the keyboard did not unlock;
 * - user activity (throttled), so the idle auto-lock counts activity in any tab, not only its own.
 * Keys never cross the channel: only the event kind and a user id.
 */
import { currentSession, onSessionChange, setSession } from './session';

type Message = { kind: 'locked' } | { kind: 'signed-in'; userId: string } | { kind: 'activity' };

const CHANNEL = 'leadlens-session';
const ACTIVITY_EVERY_MS = 15_000;
let channel: BroadcastChannel | undefined;
let applyingRemote = false;
let lastUser: string | undefined;
let lastActivitySent = 0;
const activityListeners = new Set<() => void>();

function post(m: Message): void {
  try { channel?.postMessage(m); } catch { /* channel closed */ }
}

function onMessage(m: Message): void {
  const s = currentSession();
  if (m.kind === 'activity') { for (const fn of activityListeners) fn(); return; }
  if (!s) return;
  if (m.kind === 'locked' || (m.kind === 'signed-in' && m.userId !== s.userId)) {
    applyingRemote = true;
    try { setSession(undefined); } finally { applyingRemote = false; }
  }
}

/** Starts relaying (idempotent). Called once by the app shell. */
export function installSessionSync(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<Message>) => onMessage(e.data);
  lastUser = currentSession()?.userId;
  onSessionChange((s) => {
    const user = s?.userId;
    if (!applyingRemote) {
      if (!s && lastUser) post({ kind: 'locked' });
      if (s) post({ kind: 'signed-in', userId: s.userId });
    }
    lastUser = user;
  });
}

/** Tells other tabs the user is active here (throttled). */
export function announceActivity(now = Date.now()): void {
  if (now - lastActivitySent < ACTIVITY_EVERY_MS) return;
  lastActivitySent = now;
  post({ kind: 'activity' });
}

/** Calls `fn` when another tab reports activity. */
export function onPeerActivity(fn: () => void): () => void {
  activityListeners.add(fn);
  return () => activityListeners.delete(fn);
}
