// Add/edit client and add-order validation (issue #10): required fields, email format, dates not in the
// future, amounts ≥ 0, whole item counts; a valid form has no errors.
import { describe, expect, it } from 'vitest';
import { parseOrder, validateClient, validateOrder, type ClientFormValues } from './client-validate';

const TODAY = 20_000; // 2024-10-04
const ok: ClientFormValues = { customerId: 'C-1', firstName: 'Anna', lastName: 'Nowak', email: 'anna@example.org', registered: '2024-10-04', notes: '' };

describe('validateClient', () => {
  it('accepts a valid client (registered today, optional fields empty)', () => {
    expect(validateClient(ok, TODAY)).toEqual({});
    expect(validateClient({ ...ok, lastName: '', registered: '' }, TODAY)).toEqual({});
  });
  it('reports each invalid field with its own code', () => {
    expect(validateClient({ ...ok, customerId: '  ', firstName: '', lastName: '', email: '' }, TODAY)).toEqual({ customerId: 'required', firstName: 'required', email: 'required' });
    for (const bad of ['anna', 'anna@', '@example.org', 'anna@example', 'an na@example.org', 'a@b@example.org', 'anna@example..org']) {
      expect(validateClient({ ...ok, email: bad }, TODAY).email, bad).toBe('email');
    }
    expect(validateClient({ ...ok, registered: '2024-10-05' }, TODAY)).toEqual({ registered: 'future' });
    expect(validateClient({ ...ok, registered: '04.10.2024' }, TODAY)).toEqual({ registered: 'date' });
    expect(validateClient({ ...ok, notes: 'x'.repeat(2001) }, TODAY)).toEqual({ notes: 'tooLong' });
  });
});

describe('validateOrder', () => {
  it('accepts amount 0 and a decimal comma; items default to 1', () => {
    expect(validateOrder({ date: '2024-10-01', amount: '0', items: '' }, TODAY)).toEqual({});
    expect(validateOrder({ date: '2024-10-01', amount: '12,50', items: '2' }, TODAY)).toEqual({});
    expect(parseOrder({ date: '2024-10-01', amount: '12,50', items: '' })).toEqual({ day: 19_997, amount: 12.5, items: 1 });
  });
  it('refuses negative amounts, future or missing dates and fractional items', () => {
    expect(validateOrder({ date: '', amount: '-1', items: '1.5' }, TODAY)).toEqual({ date: 'required', amount: 'negative', items: 'integer' });
    expect(validateOrder({ date: '2024-10-05', amount: 'abc', items: '0' }, TODAY)).toEqual({ date: 'future', amount: 'number', items: 'integer' });
    expect(validateOrder({ date: '2024-10-04', amount: '', items: '-2' }, TODAY)).toEqual({ amount: 'required', items: 'negative' });
  });
});
