/**
 * Reactive controller shared by the Settings sections that show the active model's figures beside one saved
 * choice (threshold scenario, priority-tier rule): loads the model info and the saved value when the section
 * connects, saves a new value and says "saved", keeps the load error for the section to show. `refreshOn`
 * re-reads the saved value when those tables change (in this tab or another).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelInfo } from '../../../bridge/contracts';
import { scoring } from '../../../bridge/scoring-bridge';
import { t } from '../../i18n/i18n';
import { DataChangeController } from '../../controllers/data-change';
import { loadErrorText } from '../score/score-state';

export interface ChoiceStore<T> { get(): Promise<T | undefined>; set(v: T | undefined): Promise<void> }

export class ModelChoiceController<T> implements ReactiveController {
  info: ModelInfo | undefined = undefined;
  chosen: T | undefined = undefined;
  status = '';
  error = '';

  constructor(private readonly host: ReactiveControllerHost, private readonly store: ChoiceStore<T>, refreshOn: readonly string[] = []) {
    host.addController(this);
    if (refreshOn.length) new DataChangeController(host, () => void store.get().then((c) => { this.chosen = c; host.requestUpdate(); }), refreshOn);
  }

  hostConnected(): void {
    void Promise.all([scoring.init(), this.store.get()])
      .then(([info, chosen]) => { this.info = info; this.chosen = chosen; })
      .catch((e: unknown) => { this.error = loadErrorText(e); })
      .finally(() => this.host.requestUpdate());
  }

  async save(v: T | undefined): Promise<void> {
    this.chosen = v;
    this.host.requestUpdate();
    await this.store.set(v);
    this.status = t('settings.saved');
    this.host.requestUpdate();
  }
}
