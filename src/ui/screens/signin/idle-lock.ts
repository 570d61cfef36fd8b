/**
 * Auto-lock: signs out (reason "lock") after the configured idle minutes (default 15) without pointer or
 * keyboard activity in ANY tab of the app (storage/session-sync relays activity). A reactive controller on the
 * app shell; it runs only while someone is signed in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getIdleMinutes } from '../../../storage/auth-settings';
import { signOut } from '../../../storage/auth';
import { currentSession } from '../../../storage/session';
import { announceActivity, onPeerActivity } from '../../../storage/session-sync';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export class IdleLockController implements ReactiveController {
  private last = Date.now();
  private timer?: ReturnType<typeof setInterval>;
  private minutes = 15;
  constructor(host: ReactiveControllerHost, private readonly onLock: () => void) { host.addController(this); }

  private offPeer?: () => void;
  private touch = (): void => { this.last = Date.now(); announceActivity(this.last); };

  hostConnected(): void {
    for (const e of EVENTS) window.addEventListener(e, this.touch, { passive: true, capture: true });
    this.timer = setInterval(() => void this.check(), 10_000);
    this.offPeer = onPeerActivity(() => { this.last = Date.now(); });
  }

  hostDisconnected(): void {
    for (const e of EVENTS) window.removeEventListener(e, this.touch, { capture: true });
    clearInterval(this.timer);
    this.offPeer?.();
  }

  /** Called at sign-in: restart the idle clock and re-read the setting. */
  async reset(): Promise<void> {
    this.last = Date.now();
    this.minutes = await getIdleMinutes();
  }

  private async check(): Promise<void> {
    if (!currentSession()) return;
    if (Date.now() - this.last >= this.minutes * 60_000) {
      await signOut('lock');
      this.onLock();
    }
  }
}
