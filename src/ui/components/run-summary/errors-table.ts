/** Renders a run's row errors (row, column, value, reason) with the reason translated from its code. */
import { html } from 'lit';
import type { RowError } from '../../../bridge/batch-contract';
import { fmtNumber, t } from '../../i18n/i18n';

export function reasonText(e: RowError): string {
  if (e.code === 'out_of_range' && e.min !== undefined && e.max !== undefined) {
    return t('batch.reason.out_of_range_between', { min: fmtNumber(e.min), max: fmtNumber(e.max) });
  }
  if (e.code === 'duplicate_id' && e.keptRow !== undefined) {
    return t(e.keptRow < e.row ? 'batch.reason.duplicate_id_first' : 'batch.reason.duplicate_id_last', { row: fmtNumber(e.keptRow) });
  }
  const key = `batch.reason.${e.code}`;
  const s = t(key);
  return s === key ? e.reason : s;
}

export function errorsTable(errors: RowError[]) {
  return html`<div class="scroll errors"><table data-testid="batch-errors">
    <caption class="sr-only">${t('batch.errors.title')}</caption>
    <thead><tr><th scope="col" class="num">${t('batch.errors.row')}</th><th scope="col">${t('batch.errors.column')}</th>
      <th scope="col">${t('batch.errors.value')}</th><th scope="col">${t('batch.errors.reason')}</th></tr></thead>
    <tbody>${errors.map((e) => html`<tr data-testid="batch-error" data-row=${e.row} data-column=${e.column}>
      <td class="num">${e.row}${e.line !== undefined ? ` (${t('batch.errors.line', { line: e.line })})` : ''}</td><td>${e.column}</td><td>${e.value === '' ? t('batch.errors.blank') : e.value}</td><td>${reasonText(e)}</td>
    </tr>`)}</tbody>
  </table></div>`;
}
