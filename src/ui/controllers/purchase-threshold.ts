/**
 * Reactive controller: the saved purchase-probability threshold (Settings → customers' purchase threshold)
 * for the views that flag "will buy" (client list, client card, customer dashboard). It re-reads the setting
 * when it changes in this tab or another, re-renders the host and calls `onChange`, so flags and counts follow
 * a new threshold at once, without re-running forecasts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_THRESHOLD } from '../../core/forecast/backtest';
import { getPurchaseThreshold, PURCHASE_THRESHOLD_KEY } from '../../storage/customers/purchase-threshold';
import { onSettingChange } from '../../storage/settings-repo';
import { onDataChange } from '../../storage/data-changes';
import { fmtNumber } from '../i18n/i18n';

/** A threshold as people read it: "70%", "13.7%". */
export const thresholdText = (v: number): string => fmtNumber(v, { style: 'percent', maximumFractionDigits: 1 });

export class PurchaseThresholdController implements ReactiveController {
  /** The threshold in effect (the default until the setting is read). */
  value = DEFAULT_THRESHOLD;
  /** Whether the saved setting has been read. */
  loaded = false;
  private offs: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost, private readonly onChange?: (threshold: number) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.offs = [onSettingChange((k) => { if (k === PURCHASE_THRESHOLD_KEY) this.load(); }), onDataChange(['settings'], () => this.load())];
    this.load();
  }

  hostDisconnected(): void {
    for (const off of this.offs) off();
    this.offs = [];
  }

  private load(): void {
    void getPurchaseThreshold().then((v) => {
      const changed = !this.loaded || v !== this.value;
      this.value = v;
      this.loaded = true;
      if (!changed) return;
      this.host.requestUpdate();
      this.onChange?.(v);
    }, () => undefined);
  }
}
