// Row parsing of the customer files: valid rows kept, every bad cell reported by data row, column and value.
import { describe, expect, it } from 'vitest';
import { guessOrderColumns, matchCustomerColumns, ORDER_FIELDS, ACTIVITY_FIELDS, CLIENT_FIELDS } from './columns';
import { detectSlashOrder, epochDay, isoDay, monthEndOnOrBefore, parseDay } from './days';
import { parseActivityRows, parseClientRows, parseOrderRows } from './parse-rows';

const today = epochDay(2024, 6, 30);

describe('dates', () => {
  it('parses the accepted formats and rejects impossible dates', () => {
    const d = epochDay(2024, 2, 29);
    for (const s of ['20240229', '2024-02-29', '2024/2/29', '29.02.2024', '29/02/2024', '2024-02-29T10:00:00Z', '2024-02-29 10:00']) expect(parseDay(s), s).toBe(d);
    expect(parseDay('02/29/2024', 'mdy')).toBe(d);
    for (const s of ['20230229', '2024-13-01', '31.04.2024', 'yesterday', '', '2024-1']) expect(parseDay(s), s).toBeNaN();
    expect(isoDay(d)).toBe('2024-02-29');
    expect(epochDay(1970, 1, 1)).toBe(0);
    for (let d = -800_000; d < 800_000; d += 997) {
      const t = new Date(d * 86_400_000);
      expect(epochDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())).toBe(d);
    }
    expect(epochDay(2023, 2, 29)).toBeNaN();
    expect(epochDay(2000, 2, 29)).toBe(11_016);
    expect(epochDay(1900, 2, 29)).toBeNaN();
  });
  it('detects the slash order only when a value decides it', () => {
    expect(detectSlashOrder(['01/02/2024', '25/02/2024'])).toBe('dmy');
    expect(detectSlashOrder(['01/02/2024', '02/25/2024'])).toBe('mdy');
    expect(detectSlashOrder(['01/02/2024', '03/04/2024'])).toBe('ambiguous');
  });
  it('finds the previous month end', () => {
    expect(isoDay(monthEndOnOrBefore(epochDay(1997, 6, 30)))).toBe('1997-06-30');
    expect(isoDay(monthEndOnOrBefore(epochDay(1997, 12, 1)))).toBe('1997-11-30');
    expect(isoDay(monthEndOnOrBefore(epochDay(1997, 3, 1)))).toBe('1997-02-28');
  });
});

describe('column matching', () => {
  it('matches header spellings and guesses headerless CDNOW layouts', () => {
    expect(matchCustomerColumns(['customer_id', 'date', 'number_of_cds', 'dollar_value'], ORDER_FIELDS)).toEqual({ customerId: 0, date: 1, items: 2, amount: 3 });
    expect(matchCustomerColumns(['ID klienta', 'Imię', 'Nazwisko', 'E-mail', 'Data rejestracji'], CLIENT_FIELDS)).toEqual({ customerId: 0, firstName: 1, lastName: 2, email: 3, registered: 4 });
    expect(matchCustomerColumns(['client', 'date', 'visits 7d', 'visits', 'newsletter', 'ad clicks', 'time on site'], ACTIVITY_FIELDS)).toEqual({
      customerId: 0, date: 1, visits7d: 2, visits: 3, newsletterOpened: 4, adClicks: 5, timeOnSite: 6,
    });
    expect(guessOrderColumns([['00004', '0001', '19970101', '2', '29.33'], ['00004', '0001', '19970118', '2', '29.73']])).toEqual({ customerId: 0, date: 2, items: 3, amount: 4 });
    expect(guessOrderColumns([['00001', '19970101', '1', '11.77']])).toEqual({ customerId: 0, date: 1, items: 2, amount: 3 });
  });
});

describe('parseOrderRows', () => {
  const headers = ['customer', 'date', 'items', 'amount'];
  const map = { customerId: 0, date: 1, items: 2, amount: 3 };
  it('keeps valid rows and names row, column and value of each bad cell', () => {
    const rows = [
      ['A', '2024-01-05', '2', '10.50'],
      ['B', '2024-01-06', '1', '-3'],
      ['C', '2024-07-01', '1', '5'],
      ['D', '2024-01-07', 'two', '5'],
      ['', '2024-01-07', '1', '5'],
      ['E', '07/01/2024', '', '7'],
      ['F', '2024-02-30', '1', 'abc'],
      ['G', '2024-01-08', '1.5', '1'],
    ];
    const r = parseOrderRows(rows, map, headers, { today });
    expect(r.values).toEqual([
      { customerId: 'A', day: epochDay(2024, 1, 5), amount: 10.5, items: 2 },
      { customerId: 'E', day: epochDay(2024, 1, 7), amount: 7, items: 1 },
    ]);
    expect(r.rows).toEqual([1, 6]);
    expect(r.errors.map((e) => [e.row, e.column, e.value, e.reason.code])).toEqual([
      [2, 'amount', '-3', 'negative'],
      [3, 'date', '2024-07-01', 'future_date'],
      [4, 'items', 'two', 'not_a_number'],
      [5, 'customer', '', 'missing_id'],
      [7, 'date', '2024-02-30', 'bad_date'],
      [7, 'amount', 'abc', 'not_a_number'],
      [8, 'items', '1.5', 'not_an_integer'],
    ]);
  });
  it('numbers rows from firstRow and reads decimal commas when asked', () => {
    const r = parseOrderRows([['A', '05.01.2024', '1', '3,5'], ['B', '2024-01-05', '1', 'x']], map, headers, { today, decimalComma: true, firstRow: 101 });
    expect(r.values[0].amount).toBe(3.5);
    expect(r.errors[0]).toMatchObject({ row: 102, column: 'amount', value: 'x', message: 'not a number' });
  });
});

describe('parseClientRows and parseActivityRows', () => {
  it('reads optional fields, leaves blanks undefined and checks dates and flags', () => {
    const c = parseClientRows([['1', 'Ann', '', 'a@x.pl', '2023-05-01'], ['2', 'Bob', 'B', '', '2099-01-01']], { customerId: 0, firstName: 1, lastName: 2, email: 3, registered: 4 }, ['id', 'first', 'last', 'email', 'reg'], { today });
    expect(c.values).toEqual([{ customerId: '1', firstName: 'Ann', email: 'a@x.pl', registeredDay: epochDay(2023, 5, 1) }]);
    expect(c.errors.map((e) => [e.row, e.column, e.reason.code])).toEqual([[2, 'reg', 'future_date']]);
    const a = parseActivityRows(
      [['1', '2024-01-01', '3', '', 'yes', '2', '4.5'], ['2', '2024-01-01', '1', '1', 'maybe', '0', '1'], ['3', '2024-01-02', '-1', '', '', '', '']],
      { customerId: 0, date: 1, visits7d: 2, visits: 3, newsletterOpened: 4, adClicks: 5, timeOnSite: 6 },
      ['id', 'date', 'v7', 'v', 'nl', 'ads', 'tos'],
      { today },
    );
    expect(a.values).toEqual([{ customerId: '1', day: epochDay(2024, 1, 1), visits7d: 3, newsletterOpened: 1, adClicks: 2, timeOnSite: 4.5 }]);
    expect(a.errors.map((e) => [e.row, e.column, e.value, e.reason.code])).toEqual([[2, 'nl', 'maybe', 'not_a_flag'], [3, 'v7', '-1', 'negative']]);
  });
});
