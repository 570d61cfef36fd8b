/**
 * The card's orders: a table (newest first) with a Remove button per order, and an Add order form whose
 * errors (date required and not in the future, amount ≥ 0, whole items) appear beside each field in the
 * user's language. Emits through callbacks; the screen writes and recomputes the forecast.
 */
import { html } from 'lit';
import type { ClientLines } from '../../../storage/clients-repo-card';
import type { FieldError, OrderFormValues } from '../../../core/customers/client-validate';
import { isoDay } from '../../../core/customers/days';
import { fmtNumber, t } from '../../i18n/i18n';

export interface OrderLine { day: number; amount: number; items: number }

export function orderList(o: ClientLines): OrderLine[] {
  return o.cols.day.map((day, i) => ({ day, amount: o.cols.amount[i], items: o.cols.items[i] })).sort((a, b) => b.day - a.day || b.amount - a.amount);
}

export function fieldError(id: string, e: FieldError | undefined) {
  return html`<p class="field-error" id=${`${id}-err`} data-testid=${`field-error-${id}`} ?hidden=${!e}>${e ? t(`client.err.${e}`) : ''}</p>`;
}

export function ordersSection(
  orders: OrderLine[], form: OrderFormValues, errors: Partial<Record<keyof OrderFormValues, FieldError>>, busy: boolean,
  on: { input: (f: OrderFormValues) => void; add: () => void; remove: (o: OrderLine) => void },
) {
  const money = (v: number) => fmtNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const input = (k: keyof OrderFormValues, type: string, extra: Record<string, string>) => html`
    <div class="field"><label for=${`o-${k}`}>${t(`client.order.${k}`)}</label>
      <input id=${`o-${k}`} name=${k} data-testid=${`order-${k}`} type=${type} .value=${form[k]} min=${extra.min ?? ''} step=${extra.step ?? ''} inputmode=${extra.inputmode ?? ''}
        aria-invalid=${errors[k] ? 'true' : 'false'} aria-describedby=${`o-${k}-err`}
        @input=${(e: Event) => on.input({ ...form, [k]: (e.target as HTMLInputElement).value })} />
      ${fieldError(`o-${k}`, errors[k])}</div>`;
  return html`
    <div class="scroll"><table data-testid="orders-table">
      <caption>${t('client.orders.caption', { n: fmtNumber(orders.length) })}</caption>
      <thead><tr><th scope="col">${t('client.order.date')}</th><th scope="col" class="num">${t('client.order.amount')}</th><th scope="col" class="num">${t('client.order.items')}</th><th scope="col"><span class="sr-only">${t('client.order.actions')}</span></th></tr></thead>
      <tbody>${orders.map((o) => html`<tr data-testid="order-row">
        <td>${isoDay(o.day)}</td><td class="num">${money(o.amount)}</td><td class="num">${fmtNumber(o.items)}</td>
        <td><button type="button" class="secondary" data-testid="order-remove" ?disabled=${busy}
          aria-label=${t('client.order.removeLabel', { date: isoDay(o.day), amount: money(o.amount) })} @click=${() => on.remove(o)}>${t('client.order.remove')}</button></td>
      </tr>`)}</tbody>
    </table></div>
    <form class="row" novalidate aria-label=${t('client.order.add')} data-testid="order-form" @submit=${(e: Event) => { e.preventDefault(); on.add(); }}>
      ${input('date', 'date', {})}
      ${input('amount', 'text', { inputmode: 'decimal' })}
      ${input('items', 'number', { min: '1', step: '1' })}
      <button type="submit" data-testid="order-add" ?disabled=${busy}>${t('client.order.add')}</button>
    </form>`;
}
