/**
 * One long customers job per host (import, demo data, forecast): busy flag, latest progress, cancel via
 * AbortSignal (the bridge terminates the worker), abort on disconnect, and the progress panel to render.
 * A Lit reactive controller, so each component stays about its own screen logic.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CustomerProgress } from '../../../bridge/customers-contract';
import './customers-progress';

export class JobController implements ReactiveController {
  busy = false;
  cancelling = false;
  progress: CustomerProgress | undefined;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Runs `fn` with a progress callback and a signal; the host re-renders on every change. */
  async run<R>(fn: (onProgress: (p: CustomerProgress) => void, signal: AbortSignal) => Promise<R>): Promise<R> {
    this.abort = new AbortController();
    this.busy = true;
    this.cancelling = false;
    this.progress = undefined;
    this.host.requestUpdate();
    try {
      return await fn((p) => { this.progress = p; this.host.requestUpdate(); }, this.abort.signal);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  cancel(): void {
    this.cancelling = true;
    this.abort?.abort();
    this.host.requestUpdate();
  }

  /** The progress panel while busy, nothing otherwise. */
  render() {
    return this.busy ? html`<ll-customers-progress .progress=${this.progress} ?cancelling=${this.cancelling} @cancel=${() => this.cancel()}></ll-customers-progress>` : '';
  }
}
