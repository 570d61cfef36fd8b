/**
 * What each customer file needs (#13), for the expected-columns panel before an upload: people's labels with
 * units, the header to write (one the importer recognises: core/customers/columns SPELLINGS), and a template
 * per kind; orders also name the CDNOW layout, which is read as it is (spaces, no header row).
 */
import type { CustomerFileKind } from '../../../bridge/customers-contract';
import { CUSTOMER_FIELDS } from '../../../bridge/customers-bridge';
import { t } from '../../i18n/i18n';
import type { ColumnItem, ColumnSpec } from '../expected-columns/column-spec';

/** The header each field is written with in templates (matched back by the importer: a unit test checks). */
export const TEMPLATE_HEADERS: Record<string, string> = {
  customerId: 'Customer ID', date: 'Date', amount: 'Amount', items: 'Items',
  firstName: 'First name', lastName: 'Last name', email: 'Email', registered: 'Registered', notes: 'Notes',
  visits7d: 'Visits 7d', visits: 'Visits', newsletterOpened: 'Newsletter opened', adClicks: 'Ad clicks', timeOnSite: 'Time on site',
};

/** The kind of value of each field, shown beside its label ("Date (YYYY-MM-DD, …)"). */
const UNIT: Record<string, string> = {
  date: 'date', registered: 'date', amount: 'money', items: 'count', visits7d: 'count', visits: 'count', adClicks: 'count', newsletterOpened: 'flag',
};

/** Two example rows per kind (made-up people), in TEMPLATE_HEADERS order of CUSTOMER_FIELDS. */
const EXAMPLES: Record<CustomerFileKind, string[][]> = {
  orders: [['C-1001', '2024-03-05', '49.90', '2'], ['C-1002', '2024-03-06', '12.50', '1']],
  clients: [['C-1001', 'Anna', 'Example', 'anna@example.com', '2023-11-20', ''], ['C-1002', 'Ivan', 'Sample', 'ivan@example.com', '2024-01-08', 'prefers email']],
  activity: [['C-1001', '2024-03-31', '3', '14', '1', '2', '11.5'], ['C-1002', '2024-03-31', '0', '4', '0', '0', '2']],
};

/** CDNOW_master.txt's layout: customer id, date (YYYYMMDD), number of CDs, dollar value; spaces, no header. */
const CDNOW_SAMPLE = [' 00001 19970101  1   11.77', ' 00002 19970112  1   12.00', ' 00002 19970112  5   77.00', ''].join('\n');

const csvCell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The template file's text for one kind: the header row and two example rows. */
export function customerTemplate(kind: CustomerFileKind): string {
  const fields = CUSTOMER_FIELDS[kind].map((f) => f.name);
  return [fields.map((f) => TEMPLATE_HEADERS[f]), ...EXAMPLES[kind]].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export function customerColumns(kind: CustomerFileKind): ColumnSpec {
  const item = (name: string): ColumnItem => {
    const unit = UNIT[name] ? t(`custcols.unit.${UNIT[name]}`) : '';
    return { label: `${t(`cust.field.${name}`)}${unit ? ` (${unit})` : ''}`, header: TEMPLATE_HEADERS[name] };
  };
  const fields = CUSTOMER_FIELDS[kind];
  return {
    required: fields.filter((f) => f.required).map((f) => item(f.name)),
    optional: fields.filter((f) => !f.required).map((f) => item(f.name)),
    optionalTitle: t(`custcols.optional.${kind}`),
    notes: [t(`custcols.note.${kind}`)],
    templates: [
      { label: t('columns.template'), name: `leadlens-${kind}-template.csv`, text: () => customerTemplate(kind) },
      ...(kind === 'orders' ? [{ label: t('custcols.template.cdnow'), name: 'leadlens-cdnow-layout.txt', text: () => CDNOW_SAMPLE, type: 'text/plain' }] : []),
    ],
  };
}
