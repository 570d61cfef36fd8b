/**
 * The card's "why" as a render helper: for each chosen model (or blend component) either the ranked,
 * signed feature contributions (coefficient × standardised value) as a table, or one sentence from the
 * client's own numbers (BG/NBD: purchases, days since the last, P(still active); naive: last month's spend).
 */
import { html } from 'lit';
import type { ClientWhy } from '../../../bridge/client-list-contract';
import type { WhyPart } from '../../../core/customers/client-why';
import { fmtNumber, fmtPercent, t } from '../../i18n/i18n';

const modelName = (id: string): string => {
  const kind = id.split('@')[0].replace(/^(sales|purchase)-/, '');
  const key = `cust.model.${kind}`;
  const s = t(key);
  return s === key ? kind : s;
};

const featureName = (f: string): string => {
  const key = `cust.feature.${f}`;
  const s = t(key);
  return s === key ? f : s;
};

function part(p: WhyPart) {
  const weight = p.weight < 1 ? html` <span class="muted">(${t('client.why.weight', { w: fmtPercent(p.weight, 0) })})</span>` : '';
  const title = html`<h4>${modelName(p.modelId)}${weight}</h4>`;
  if (p.kind === 'bgnbd') {
    const s = p.purchases === 0 ? t('client.why.bgnbdNone', { p: fmtNumber(p.pAlive, { maximumFractionDigits: 2 }) })
      : t('client.why.bgnbd', { n: fmtNumber(p.purchases), days: fmtNumber(p.daysSinceLast ?? 0), p: fmtNumber(p.pAlive, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
    return html`${title}<p data-testid="why-sentence">${s}</p>`;
  }
  if (p.kind === 'naive') return html`${title}<p data-testid="why-sentence">${t('client.why.naive', { amount: fmtNumber(p.spend30d, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })}</p>`;
  const unit = p.task === 'purchase' ? t('client.why.unitLogOdds') : t('client.why.unitMoney');
  return html`${title}<div class="scroll"><table data-testid="why-table">
    <caption class="sr-only">${t('client.why.tableCaption', { model: modelName(p.modelId) })}</caption>
    <thead><tr><th scope="col">${t('client.why.feature')}</th><th scope="col" class="num">${t('client.why.value')}</th><th scope="col" class="num">${t('client.why.effect', { unit })}</th></tr></thead>
    <tbody>${p.contributions.map((c) => html`<tr data-testid="why-row">
      <th scope="row">${featureName(c.feature)}</th>
      <td class="num">${fmtNumber(c.value, { maximumFractionDigits: 2 })}</td>
      <td class="num ${c.contribution >= 0 ? 'pos' : 'neg'}">${c.contribution >= 0 ? '+' : '−'}${fmtNumber(Math.abs(c.contribution), { maximumFractionDigits: 3 })}
        <span class="sr-only">${c.contribution >= 0 ? t('client.why.raises') : t('client.why.lowers')}</span></td></tr>`)}</tbody>
  </table></div>`;
}

export function whySection(w: ClientWhy | undefined) {
  if (!w) return html`<p class="muted">${t('client.forecast.none')}</p>`;
  return html`<p class="muted">${t('client.why.intro')}</p>
    <div class="grid">
      <div><h3>${t('client.why.sales')}</h3>${w.sales.map(part)}</div>
      <div><h3>${t('client.why.purchase')}</h3>${w.purchase.map(part)}</div>
    </div>`;
}
