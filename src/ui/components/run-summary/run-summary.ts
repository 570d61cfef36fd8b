/**
 * The outcome of one import: counts (rows = scored + invalid), defaults used, mean score, predicted share,
 * segment and cluster bars, the tier table (validation and, on labelled files, actual conversion), the first rows, the errors with "Export errors", the metrics panel when the
 * file had labels, and a link to the full run.
 */
import { LitElement, html } from 'lit';
import type { LeadRow, RowError, RunRecord } from '../../../bridge/batch-contract';
import type { ModelCard } from '../../../core/card/types';
import { exportErrors } from '../../../storage/runs-repo';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { href } from '../../routes';
import { clusterQuality } from '../cluster-quality/cluster-quality';
import { clusterName, download, fileStem } from '../batch-ui/card-info';
import { errorsTable } from './errors-table';
import { duplicatesNote } from '../duplicate-ids/duplicate-ids';
import { runSummaryStyles } from './run-summary.styles';
import '../segment-bars/segment-bars';
import '../tier-table/tier-table';
import '../metrics-panel/metrics-panel';

export const SEGMENT_COLORS = { High: '#1b6e3a', Medium: '#8a5a00', Low: '#a4161a' } as const;

export class RunSummary extends LitElement {
  static override styles = runSummaryStyles;
  static override properties = {
    run: { attribute: false }, card: { attribute: false }, firstRows: { attribute: false },
    errors: { attribute: false }, delimiter: { type: String }, exportMsg: { state: true },
  };
  declare run: RunRecord | undefined;
  declare card: ModelCard | undefined;
  declare firstRows: LeadRow[];
  declare errors: RowError[];
  declare delimiter: ',' | ';' | '\t';
  declare exportMsg: string;

  constructor() {
    super();
    new LocaleController(this);
    this.run = undefined;
    this.card = undefined;
    this.firstRows = [];
    this.errors = [];
    this.delimiter = ',';
    this.exportMsg = '';
  }

  private async exportErrs(): Promise<void> {
    if (!this.run) return;
    try {
      download(await exportErrors(this.run.id, this.delimiter), `${fileStem(this.run.name)}-errors.csv`);
      this.exportMsg = t('batch.export.done');
    } catch (err) {
      this.exportMsg = t('common.error', { message: (err as Error).message });
    }
  }

  override render() {
    const r = this.run;
    if (!r) return html``;
    const c = r.counts;
    const segBars = (['High', 'Medium', 'Low'] as const).map((s) => ({ label: t(`batch.segment.${s}`), value: r.bySegment[s], color: SEGMENT_COLORS[s] }));
    const clBars = r.byCluster.map((v, i) => ({ label: clusterName(this.card, i, t('batch.cluster.n', { n: i + 1 })), value: v }));
    return html`
      <section tabindex="-1" data-testid="batch-summary" data-rows=${c.rows} data-scored=${c.scored} data-invalid=${c.invalid} data-status=${r.status} aria-labelledby="sh">
        <h2 id="sh">${t('batch.summary.title', { name: r.name })}</h2>
        <dl class="stats">
          <div><dt>${t('batch.summary.rows')}</dt><dd>${fmtNumber(c.rows)}</dd></div>
          <div><dt>${t('batch.summary.scored')}</dt><dd>${fmtNumber(c.scored)}</dd></div>
          <div><dt>${t('batch.summary.invalid')}</dt><dd>${fmtNumber(c.invalid)}</dd></div>
          <div><dt>${t('batch.summary.defaults')}</dt><dd>${fmtNumber(c.defaultsUsed)}</dd></div>
          <div><dt>${t('batch.summary.mean')}</dt><dd>${c.scored ? fmtPercent(r.meanScore) : '—'}</dd></div>
          <div><dt>${t('batch.summary.predicted')}</dt><dd>${c.scored ? fmtPercent(r.predictedShare) : '—'}</dd></div>
          <div><dt>${t('batch.summary.duration')}</dt><dd>${r.durationMs !== undefined ? t('batch.progress.secondsFrac', { n: fmtNumber(r.durationMs / 1000, { maximumFractionDigits: 1 }) }) : '—'}</dd></div>
        </dl>
        ${duplicatesNote(r.duplicates)}
        <p><a class="btn" href=${href(`runs/${r.id}`)}>${t('batch.summary.open')}</a></p>
        <div class="bars">
          <div><ll-segment-bars .heading=${t('batch.summary.bySegment')} .bars=${segBars}></ll-segment-bars></div>
          <div><ll-segment-bars .heading=${t('batch.summary.byCluster')} .bars=${clBars}></ll-segment-bars>${clusterQuality(this.card)}</div>
        </div>
        <ll-tier-table .run=${r} .card=${this.card}></ll-tier-table>
        ${r.metrics ? html`<ll-metrics-panel .metrics=${r.metrics}></ll-metrics-panel>` : ''}
        ${this.firstRows.length ? html`
          <h3>${t('batch.summary.firstRows')}</h3>
          <div class="scroll"><table>
            <thead><tr><th scope="col" class="num">${t('batch.col.row')}</th><th scope="col">${t('batch.col.customerId')}</th>
              <th scope="col" class="num">${t('batch.col.score')}</th><th scope="col" class="num">${t('batch.col.decile')}</th>
              <th scope="col">${t('batch.col.segment')}</th><th scope="col">${t('batch.col.cluster')}</th></tr></thead>
            <tbody>${this.firstRows.map((row) => html`<tr>
              <td class="num">${row.sourceRow}</td><td><a href=${href(`runs/${r.id}/leads/${row.index}`)}>${row.customerId}</a></td>
              <td class="num">${fmtPercent(row.score)}</td><td class="num">${row.decile}</td>
              <td>${t(`batch.segment.${row.segment}`)}</td><td>${clusterName(this.card, row.cluster, t('batch.cluster.n', { n: row.cluster + 1 }))}</td>
            </tr>`)}</tbody>
          </table></div>` : ''}
        <h3>${t('batch.errors.title')} (${fmtNumber(c.invalid)})</h3>
        ${c.invalid ? html`
          ${this.errors.length < c.invalid ? html`<p class="muted">${t('batch.errors.firstN', { n: this.errors.length })}</p>` : ''}
          ${errorsTable(this.errors)}
          <p><button type="button" class="secondary" data-testid="batch-export-errors" @click=${() => void this.exportErrs()}>${t('batch.errors.export')}</button>
            <span role="status" aria-live="polite">${this.exportMsg}</span></p>` : html`<p class="muted">${t('batch.errors.none')}</p>`}
      </section>
    `;
  }
}
customElements.define('ll-run-summary', RunSummary);
declare global { interface HTMLElementTagNameMap { 'll-run-summary': RunSummary } }
