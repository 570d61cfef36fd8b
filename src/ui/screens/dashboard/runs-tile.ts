/** Dashboard tile "Batch runs": how many runs, leads scored in completed runs, and the latest run's segment mix. */
import { LitElement, html } from 'lit';
import { listRuns } from '../../../storage/runs-repo';
import type { RunRecord } from '../../../bridge/batch-contract';
import { t, fmtDate, fmtNumber, fmtPercent } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { DataChangeController } from '../../controllers/data-change';
import { href } from '../../routes';
import { segmentLabel } from '../../components/lead-form/labels';
import { tileStyles } from './tile.styles';
import '../../components/segment-bars/segment-bars';

const COLORS = { High: '#1b7f3b', Medium: '#b26a00', Low: '#5a6b7d' } as const;

export class RunsTile extends LitElement {
  static override styles = tileStyles;
  static override properties = { runs: { state: true }, error: { state: true } };
  declare runs: RunRecord[] | undefined;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    new DataChangeController(this, () => void listRuns().then((r) => { this.runs = r; }), ['runs']);
    this.runs = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    listRuns().then((r) => { this.runs = r; }, (e: Error) => { this.error = t('dash.error', { message: e.message }); });
  }

  override render() {
    const head = html`<h2>${t('dash.runs.title')}</h2>`;
    if (this.error) return html`${head}<p role="alert">${this.error}</p>`;
    if (!this.runs) return html`${head}<p role="status">${t('common.loading')}</p>`;
    const done = this.runs.filter((r) => r.status === 'completed').sort((a, b) => b.startedAt - a.startedAt);
    if (done.length === 0) return html`${head}<p>${t('dash.runs.empty')}</p><p><a href=${href('batch')}>${t('dash.go.batch')}</a></p>`;
    const scored = done.reduce((s, r) => s + r.counts.scored, 0);
    const last = done[0];
    const bars = (['High', 'Medium', 'Low'] as const).map((s) => ({ label: segmentLabel(s), value: last.bySegment[s], color: COLORS[s] }));
    return html`${head}
      <p class="big" data-testid="runs-scored">${fmtNumber(scored)}</p>
      <p>${t('dash.runs.summary', { runs: fmtNumber(done.length) })}</p>
      <p>${t('dash.runs.latest', { name: last.name, date: fmtDate(last.startedAt), share: fmtPercent(last.predictedShare) })}</p>
      <ll-segment-bars .bars=${bars} heading=${t('dash.runs.bySegment')}></ll-segment-bars>
      <p><a href=${href(`runs/${last.id}`)}>${t('dash.runs.open')}</a> · <a href=${href('runs')}>${t('dash.runs.all')}</a></p>`;
  }
}
customElements.define('ll-runs-tile', RunsTile);
declare global { interface HTMLElementTagNameMap { 'll-runs-tile': RunsTile } }
