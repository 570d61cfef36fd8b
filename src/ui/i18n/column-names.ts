/**
 * How a message names a file column (#13): people's label first, and the header the file must carry in
 * brackets for CSV authors ("Time on site [TimeOnSite]"), never the internal name alone. Lead fields have
 * `field.<name>` labels, customer files `cust.field.<name>`; an unknown name is shown as it is.
 */
import { t } from './i18n';

export function columnTitle(name: string): string {
  for (const key of [`field.${name}`, `cust.field.${name}`]) {
    const label = t(key);
    if (label !== key) return label === name ? name : `${label} [${name}]`;
  }
  return name;
}

/** A comma-separated list of column names ("A, B") as people read it. */
export function columnTitles(names: string | readonly string[]): string {
  const list = typeof names === 'string' ? names.split(',').map((s) => s.trim()).filter(Boolean) : names;
  return list.map(columnTitle).join(', ');
}
