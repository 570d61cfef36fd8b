/**
 * What a customer-model retrain decided, as the Models panel and the on-open notice both show it: activated or
 * kept, and per task the previous and retrained model side by side with their backtest figures and the verdict
 * of the stated rule (core/forecast/retrain-rule.ts). Plus the small formatters both places share.
 */
import { html, css } from 'lit';
import type { CustomerModelInfo, RetrainOutcome } from '../../../bridge/customers-retrain-contract';
import { CUSTOMER_TASKS, type CustomerTask } from '../../../core/training/types';
import { fmtDate, fmtNumber, t } from '../../i18n/i18n';

export const FIGURES: Record<CustomerTask, string[]> = { sales: ['r2', 'mse', 'mae'], purchase: ['rocAuc', 'prAuc', 'brier', 'logLoss'] };

export const outcomeStyles = css`
  table { border-collapse: collapse; }
  th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid var(--ll-border, var(--ll-d0d7de, #d0d7de)); text-align: left; vertical-align: top; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
  .scroll { overflow-x: auto; max-width: 100%; }
`;

export function kindText(kind: string): string {
  const key = `custmodels.kind.${kind}`;
  const s = t(key);
  return s === key ? kind : s;
}

export function figureText(key: string, v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  return fmtNumber(v, { maximumFractionDigits: key === 'mse' ? 1 : key === 'mae' ? 2 : 4 });
}

/** An epoch day as a date in the user's locale (days are UTC, so the date never shifts with the time zone). */
export function dayText(day: number): string {
  return fmtDate(day * 86_400_000, { dateStyle: 'medium', timeZone: 'UTC' });
}

function modelCell(m: CustomerModelInfo | undefined) {
  return m ? html`${kindText(m.kind)}<br><small>${m.id}</small>` : '—';
}

export function renderOutcome(o: RetrainOutcome) {
  const d = o.decision;
  return html`<div data-testid="custmodels-outcome" data-activated=${String(d.activate)}>
    <p role="status">${d.activate ? t('custmodels.outcome.activated', { date: dayText(o.summary.asOfDay) }) : t('custmodels.outcome.kept')}</p>
    ${CUSTOMER_TASKS.map((task) => html`<div class="scroll" tabindex="0" role="region" aria-label=${t(`custmodels.task.${task}`)}><table data-testid="custmodels-outcome-${task}" data-verdict=${d[task]}>
      <caption>${t(`custmodels.task.${task}`)}: ${t(`custmodels.verdict.${d[task]}`)}</caption>
      <thead><tr><th scope="col">${t('custmodels.outcome.what')}</th><th scope="col">${t('custmodels.outcome.previous')}</th><th scope="col">${t('custmodels.outcome.new')}</th></tr></thead>
      <tbody>
        <tr><th scope="row">${t('custmodels.activeModel')}</th><td>${modelCell(o.previous?.[task])}</td><td>${modelCell(o.next[task])}</td></tr>
        ${FIGURES[task].map((k) => html`<tr><th scope="row">${t(`custmodels.metric.${k}`)}</th>
          <td class="num">${figureText(k, o.previous?.[task]?.metrics[k])}</td><td class="num">${figureText(k, o.next[task]?.metrics[k])}</td></tr>`)}
      </tbody></table></div>`)}
  </div>`;
}
