/**
 * The filter bar of the run-detail screen (segment, cluster, decile, score range, predicted, Customer ID
 * search) as a render helper that reports a new RunQuery on every change. Pure UI; the run view filters.
 */
import { html } from 'lit';
import type { RunQuery } from '../../../bridge/batch-contract';
import { t } from '../../i18n/i18n';

type Seg = 'High' | 'Medium' | 'Low';

function toggle<T>(list: T[] | undefined, v: T, on: boolean): T[] | undefined {
  const next = (list ?? []).filter((x) => x !== v);
  if (on) next.push(v);
  return next.length ? next : undefined;
}

function pct(e: Event): number | undefined {
  const s = (e.target as HTMLInputElement).value;
  return s === '' ? undefined : Math.min(100, Math.max(0, Number(s))) / 100;
}

export function runFilters(q: RunQuery, clusters: string[], onChange: (q: RunQuery) => void) {
  const check = (e: Event): boolean => (e.target as HTMLInputElement).checked;
  return html`<form class="filters" @submit=${(e: Event) => e.preventDefault()} aria-label=${t('batch.filter.title')}>
    <fieldset><legend>${t('batch.col.segment')}</legend>
      ${(['High', 'Medium', 'Low'] as Seg[]).map((s) => html`<label class="inline"><input type="checkbox" data-filter-segment=${s}
        .checked=${q.segments?.includes(s) ?? false} @change=${(e: Event) => onChange({ ...q, segments: toggle(q.segments, s, check(e)) })} />${t(`batch.segment.${s}`)}</label>`)}
    </fieldset>
    <fieldset><legend>${t('batch.col.cluster')}</legend>
      ${clusters.map((name, i) => html`<label class="inline"><input type="checkbox" .checked=${q.clusters?.includes(i) ?? false}
        @change=${(e: Event) => onChange({ ...q, clusters: toggle(q.clusters, i, check(e)) })} />${name}</label>`)}
    </fieldset>
    <fieldset><legend>${t('batch.col.decile')}</legend>
      ${Array.from({ length: 10 }, (_, i) => i + 1).map((d) => html`<label class="inline"><input type="checkbox" .checked=${q.deciles?.includes(d) ?? false}
        @change=${(e: Event) => onChange({ ...q, deciles: toggle(q.deciles, d, check(e)) })} />${d}</label>`)}
    </fieldset>
    <fieldset><legend>${t('batch.filter.score')}</legend>
      <label class="inline">${t('batch.filter.min')}<input type="number" min="0" max="100" step="1" style="width:5rem"
        .value=${q.scoreMin === undefined ? '' : String(Math.round(q.scoreMin * 100))} @change=${(e: Event) => onChange({ ...q, scoreMin: pct(e) })} /></label>
      <label class="inline">${t('batch.filter.max')}<input type="number" min="0" max="100" step="1" style="width:5rem"
        .value=${q.scoreMax === undefined ? '' : String(Math.round(q.scoreMax * 100))} @change=${(e: Event) => onChange({ ...q, scoreMax: pct(e) })} /></label>
    </fieldset>
    <div class="field"><label for="pred">${t('batch.col.predicted')}</label>
      <select id="pred" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; onChange({ ...q, predicted: v === '' ? undefined : (Number(v) as 0 | 1) }); }}>
        <option value="" ?selected=${q.predicted === undefined}>${t('batch.filter.all')}</option>
        <option value="1" ?selected=${q.predicted === 1}>${t('batch.yes')}</option>
        <option value="0" ?selected=${q.predicted === 0}>${t('batch.no')}</option>
      </select></div>
    <div class="field"><label for="search">${t('batch.filter.search')}</label>
      <input id="search" type="search" data-testid="leads-search" .value=${q.customerIdSearch ?? ''}
        @input=${(e: Event) => onChange({ ...q, customerIdSearch: (e.target as HTMLInputElement).value.trim() || undefined })} /></div>
  </form>`;
}
