// #13: the customer templates are read back by the importer exactly as the panel describes them: every header
// is recognised for its field, and the orders template's rows parse without a single row error.
import { describe, expect, it } from 'vitest';
import { CUSTOMER_FIELDS } from '../../../bridge/customers-bridge';
import { matchCustomerColumns } from '../../../core/customers/columns';
import { parseActivityRows, parseClientRows, parseOrderRows } from '../../../core/customers/parse-rows';
import { epochDay } from '../../../core/customers/days';
import type { CustomerFileKind } from '../../../bridge/customers-contract';
import { customerColumns, customerTemplate } from './import-columns';

const KINDS: CustomerFileKind[] = ['orders', 'clients', 'activity'];

describe('customer import templates', () => {
  it('use headers the importer maps to every field of the kind', () => {
    for (const kind of KINDS) {
      const fields = CUSTOMER_FIELDS[kind].map((f) => f.name);
      const header = customerTemplate(kind).split('\n')[0].split(',');
      const map = matchCustomerColumns(header, fields);
      expect(fields.map((f) => [f, map[f as keyof typeof map]]), kind).toEqual(fields.map((f, i) => [f, i]));
    }
  });

  it('hold example rows that import without a row error', () => {
    const opts = { today: epochDay(2025, 1, 1) };
    const read = (kind: CustomerFileKind) => {
      const [header, ...rows] = customerTemplate(kind).trim().split('\n').map((l) => l.split(','));
      return { header, rows, map: matchCustomerColumns(header, CUSTOMER_FIELDS[kind].map((f) => f.name)) };
    };
    const o = read('orders');
    const c = read('clients');
    const a = read('activity');
    const parsed = [parseOrderRows(o.rows, o.map, o.header, opts), parseClientRows(c.rows, c.map, c.header, opts), parseActivityRows(a.rows, a.map, a.header, opts)];
    expect(parsed.map((p) => [p.values.length, p.errors.length])).toEqual([[2, 0], [2, 0], [2, 0]]);
  });

  it('list required and optional columns with people\'s labels and a template', () => {
    const spec = customerColumns('orders');
    expect(spec.required.map((c) => c.header)).toEqual(['Customer ID', 'Date', 'Amount']);
    expect(spec.optional.map((c) => c.header)).toEqual(['Items']);
    expect(spec.required.every((c) => !c.label.startsWith('cust.field.'))).toBe(true);
    expect(spec.templates.map((t) => t.name)).toEqual(['leadlens-orders-template.csv', 'leadlens-cdnow-layout.txt']);
    expect(customerColumns('clients').templates).toHaveLength(1);
  });
});
