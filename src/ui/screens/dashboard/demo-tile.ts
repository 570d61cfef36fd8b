/**
 * "Try it with demo data": one click generates demo leads with our own generator (src/core/demo) and runs
 * them through the real batch pipeline, then opens the run. This is how a first-time user (and `npm start`)
 * gets data to look at without bringing a CRM export.
 */
import { LitElement, html } from 'lit';
import { Router } from '@vaadin/router';
import { loadCard, sniffFile, startImport } from '../../../bridge/batch-bridge';
import { demoLeadsCsv } from '../../../core/demo/demo-leads';
import { t, fmtNumber } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { tileStyles } from './tile.styles';

export const DEMO_ROWS = 2000;

export class DemoTile extends LitElement {
  static override styles = tileStyles;
  static override properties = { busy: { state: true }, done: { state: true }, error: { state: true } };
  declare busy: boolean;
  declare done: number;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.busy = false;
    this.done = 0;
    this.error = '';
  }

  private async run(): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const card = await loadCard();
      const file = new File([demoLeadsCsv(card, DEMO_ROWS, 42)], 'leadlens-demo-leads.csv', { type: 'text/csv' });
      const sniff = await sniffFile(file);
      const record = await startImport(file, {
        encoding: sniff.encoding, delimiter: sniff.delimiter, decimalComma: sniff.decimalComma,
        mapping: sniff.suggested, labelColumn: sniff.labelColumn, runName: t('dash.demo.runName'),
      }, (p) => { this.done = p.rowsDone; }, new AbortController().signal);
      if (record.status !== 'completed') throw new Error(record.error ?? record.status);
      Router.go(href(`runs/${record.id}`));
    } catch (e) {
      this.error = t('dash.demo.error', { message: (e as Error).message });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h2>${t('dash.demo.title')}</h2>
      <p>${t('dash.demo.body', { n: fmtNumber(DEMO_ROWS) })}</p>
      <button data-testid="demo-run" ?disabled=${this.busy} @click=${() => this.run()}>${t('dash.demo.button')}</button>
      ${this.busy ? html`<p role="status" aria-live="polite">${t('dash.demo.progress', { done: fmtNumber(this.done), total: fmtNumber(DEMO_ROWS) })}</p>` : ''}
      ${this.error ? html`<p role="alert">${this.error}</p>` : ''}`;
  }
}
customElements.define('ll-demo-tile', DemoTile);
declare global { interface HTMLElementTagNameMap { 'll-demo-tile': DemoTile } }
