/**
 * Reactive controller: refreshes a view when its data changes — in this tab or another one (storage/
 * data-changes relays Dexie's cross-tab mutation events). Subscribed only while the element is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDataChange } from '../../storage/data-changes';

export class DataChangeController implements ReactiveController {
  private off?: () => void;

  constructor(host: ReactiveControllerHost, private readonly refresh: () => void, private readonly tables: readonly string[] = []) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = onDataChange(this.tables, this.refresh);
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }
}
