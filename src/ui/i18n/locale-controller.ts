/** Reactive controller: re-renders its host when the UI language changes. Add to every screen/component. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleChange } from './i18n';

export class LocaleController implements ReactiveController {
  private off?: () => void;
  constructor(private readonly host: ReactiveControllerHost) { host.addController(this); }
  hostConnected(): void { this.off = onLocaleChange(() => this.host.requestUpdate()); }
  hostDisconnected(): void { this.off?.(); }
}
