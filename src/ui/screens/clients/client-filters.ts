/**
 * The client list's filter bar (search, purchase-probability range, forecast range, last purchase dates,
 * "will buy" at the saved purchase threshold, segments, reset) as a render helper that reports a new ClientQuery on every change. Pure UI: the
 * customers worker filters. Probabilities are typed in whole percent; dates with the browser's date picker.
 */
import { html } from 'lit';
import { SEGMENTS, dayOf, type ClientQuery, type Segment } from '../../../core/customers/client-query';
import { isoDay } from '../../../core/customers/days';
import { t } from '../../i18n/i18n';
import { thresholdText } from '../../controllers/purchase-threshold';

const val = (e: Event): string => (e.target as HTMLInputElement).value;
const numOrUndef = (s: string): number | undefined => (s.trim() === '' || !Number.isFinite(Number(s)) ? undefined : Number(s));
const pct = (s: string): number | undefined => { const v = numOrUndef(s); return v === undefined ? undefined : Math.round(Math.min(100, Math.max(0, v)) * 10) / 1000; };
const pctText = (v: number | undefined): string => (v === undefined ? '' : String(Math.round(v * 1000) / 10));
/** Whether the query is exactly "flagged at the threshold" (P(buy) ≥ threshold, no upper bound). */
const isWillBuy = (q: ClientQuery, threshold: number): boolean => q.pMin !== undefined && Math.abs(q.pMin - threshold) < 5e-7 && q.pMax === undefined;

function toggle(list: Segment[] | undefined, s: Segment, on: boolean): Segment[] | undefined {
  const next = (list ?? []).filter((x) => x !== s);
  if (on) next.push(s);
  return next.length ? next : undefined;
}

export function clientFilters(q: ClientQuery, onChange: (q: ClientQuery) => void, onText: (text: string) => void, threshold: number) {
  const range = (id: string, label: string, lo: string, hi: string, set: (lo: string, hi: string) => ClientQuery, unit: string, step: string) => html`
    <fieldset><legend>${label}</legend>
      <label class="inline" for=${`${id}-min`}>${t('clients.filter.from')}</label>
      <input id=${`${id}-min`} data-testid=${`${id}-min`} type="number" inputmode="decimal" min="0" step=${step} .value=${lo} aria-describedby=${`${id}-unit`}
        @change=${(e: Event) => onChange(set(val(e), hi))} />
      <label class="inline" for=${`${id}-max`}>${t('clients.filter.to')}</label>
      <input id=${`${id}-max`} data-testid=${`${id}-max`} type="number" inputmode="decimal" min="0" step=${step} .value=${hi} aria-describedby=${`${id}-unit`}
        @change=${(e: Event) => onChange(set(lo, val(e)))} />
      <span id=${`${id}-unit`} class="muted">${unit}</span>
    </fieldset>`;
  const fText = (v: number | undefined) => (v === undefined ? '' : String(v));
  return html`<form class="filters" role="search" aria-label=${t('clients.filter.title')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field search"><label for="cq">${t('clients.filter.search')}</label>
      <input id="cq" type="search" data-testid="clients-search" .value=${q.text ?? ''} autocomplete="off" @input=${(e: Event) => onText(val(e))} /></div>
    ${range('fp', t('clients.filter.pBuy14'), pctText(q.pMin), pctText(q.pMax), (lo, hi) => ({ ...q, pMin: pct(lo), pMax: pct(hi) }), '%', '0.1')}
    <label class="inline"><input type="checkbox" data-testid="clients-will-buy" .checked=${isWillBuy(q, threshold)}
      @change=${(e: Event) => onChange({ ...q, pMin: (e.target as HTMLInputElement).checked ? threshold : undefined, pMax: undefined })} />${t('clients.filter.willBuy', { value: thresholdText(threshold) })}</label>
    ${range('ff', t('clients.filter.spend30'), fText(q.fMin), fText(q.fMax), (lo, hi) => ({ ...q, fMin: numOrUndef(lo), fMax: numOrUndef(hi) }), t('clients.filter.amountUnit'), 'any')}
    <fieldset><legend>${t('clients.filter.lastPurchase')}</legend>
      <label class="inline" for="fd-min">${t('clients.filter.from')}</label>
      <input id="fd-min" data-testid="fd-min" type="date" .value=${q.lastFrom === undefined ? '' : isoDay(q.lastFrom)} @change=${(e: Event) => onChange({ ...q, lastFrom: dayOf(val(e)) })} />
      <label class="inline" for="fd-max">${t('clients.filter.to')}</label>
      <input id="fd-max" data-testid="fd-max" type="date" .value=${q.lastTo === undefined ? '' : isoDay(q.lastTo)} @change=${(e: Event) => onChange({ ...q, lastTo: dayOf(val(e)) })} />
    </fieldset>
    <fieldset><legend>${t('clients.col.segment')}</legend>
      ${SEGMENTS.map((s) => html`<label class="inline"><input type="checkbox" data-filter-segment=${s} .checked=${q.segments?.includes(s) ?? false}
        @change=${(e: Event) => onChange({ ...q, segments: toggle(q.segments, s, (e.target as HTMLInputElement).checked) })} />${t(`cust.segment.${s}`)}</label>`)}
    </fieldset>
    <button type="button" class="secondary" data-testid="clients-reset" @click=${() => onChange({ sortBy: q.sortBy, sortDir: q.sortDir })}>${t('clients.filter.reset')}</button>
  </form>`;
}
